# syntax=docker/dockerfile:1
# TrueConfig scanner: build from the repository root with
#   docker build -f deploy/docker/scanner.Dockerfile -t trueconfig/scanner .

# 1. Compile scanner and the libraries it references (TypeScript project references).
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
COPY apps/scanner ./apps/scanner
# Then keep of each library only its package.json and build output (whatever apps/scanner references).
RUN npx tsc -b apps/scanner \
  && find libs -mindepth 2 -maxdepth 2 ! -name dist ! -name package.json -exec rm -rf {} +

# 2. Production dependencies only, no install scripts.
FROM build AS prod-deps
RUN rm -rf node_modules && npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The runtime: compiled output and production node_modules, run as the unprivileged node user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HTTP_HOST=0.0.0.0 SCANNER_PORT=4002
WORKDIR /app
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/libs ./libs
COPY --from=build --chown=root:root /app/apps/scanner/package.json apps/scanner/package.json
COPY --from=build --chown=root:root /app/apps/scanner/dist apps/scanner/dist
USER node
EXPOSE 4002
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:PORT/readyz'.replace('PORT', process.env.SCANNER_PORT)).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# The heap flags of tools/stack/src/bench/scan/scanner-image.ts (a bounded heap, its first full collection at
# half of it), on the command line because NODE_OPTIONS cannot carry --initial-old-space-size.
CMD ["node", "--max-old-space-size=256", "--initial-old-space-size=128", "apps/scanner/dist/main.js"]
