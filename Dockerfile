# One image holding every TrueConfig process and tool (docker-compose.yml runs the migrations with it).
# Each service also has a small image of its own: deploy/docker/<service>.Dockerfile.
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
COPY tools/evaluate/package.json tools/evaluate/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b tsconfig.build.json && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HTTP_HOST=0.0.0.0
COPY --from=build --chown=node:node /app /app
USER node
CMD ["sh", "-c", "for s in gateway connector scanner audit; do node apps/$s/dist/migrate.js || exit 1; done"]
