# syntax=docker/dockerfile:1
# The Graph/Entra emulator (development and tests only): build from the repository root with
#   docker build -f deploy/docker/graph-emulator.Dockerfile -t trueconfig/graph-emulator .

# 1. Compile graph-emulator and the libraries it references (TypeScript project references).
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
COPY tsconfig.base.json nx.json ./
COPY libs ./libs
COPY apps/graph-emulator ./apps/graph-emulator
# Then keep of each library only its package.json and build output (whatever apps/graph-emulator references).
RUN npx tsc -b apps/graph-emulator \
  && find libs -mindepth 2 -maxdepth 2 ! -name dist ! -name package.json -exec rm -rf {} +

# 2. Production dependencies only, no install scripts.
FROM build AS prod-deps
RUN rm -rf node_modules && npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The runtime: compiled output and production node_modules, run as the unprivileged node user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production EMULATOR_PORT=4443 EMULATOR_HOST=0.0.0.0 EMULATOR_STATE_DIR=/emulator
WORKDIR /app
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/libs ./libs
COPY --from=build --chown=root:root /app/apps/graph-emulator/package.json apps/graph-emulator/package.json
COPY --from=build --chown=root:root /app/apps/graph-emulator/dist apps/graph-emulator/dist
# The state dir (CA, signing key) is shared with the services through a volume; a new named volume
# takes this directory's owner, so the emulator can write it without root.
RUN mkdir -p /emulator && chown node:node /emulator
USER node
EXPOSE 4443
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=6 \
  CMD ["node", "-e", "require('node:fs').accessSync(process.env.EMULATOR_STATE_DIR + '/ca.pem')"]
STOPSIGNAL SIGTERM
CMD ["node", "apps/graph-emulator/dist/cli.js"]
