# One image for every TrueConfig process; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/common/package.json libs/common/
COPY libs/controls/package.json libs/controls/
COPY libs/launcher/package.json libs/launcher/
COPY apps/gateway/package.json apps/gateway/
COPY apps/connector/package.json apps/connector/
COPY apps/scanner/package.json apps/scanner/
COPY apps/audit/package.json apps/audit/
COPY apps/graph-emulator/package.json apps/graph-emulator/
COPY apps/e2e/package.json apps/e2e/
COPY tools/stack/package.json tools/stack/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b tsconfig.build.json && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HTTP_HOST=0.0.0.0
COPY --from=build --chown=node:node /app /app
USER node
CMD ["node", "apps/gateway/dist/main.js"]
