# modelwise: Slack and/or Discord bot (set their tokens), or a one-shot CLI.
# Three stages: one compiles the TypeScript into dist/ with the dev tools, one installs the
# production dependencies, and the last holds only those, dist/ and the catalogue, and runs node.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY catalog ./catalog
RUN npm run build

# Production dependencies only. The full image has python3, make and g++, so native modules
# (better-sqlite3) build from source even where their prebuilt binary cannot be downloaded.
# --ignore-scripts skips our own prepare (it needs the build tools); rebuild then runs the
# dependencies' install scripts.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild
# What only the compiler or an editor needs goes: better-sqlite3's sources and object files (the
# built addon stays), type declarations, source maps and docs. 147 MB -> 71 MB of node_modules
# (measured with the same commands outside Docker); the app's imports and SQLite were checked after.
RUN cd node_modules/better-sqlite3 \
 && rm -rf deps src build/deps build/Release/obj build/Release/obj.target build/Release/.deps \
           build/Release/test_extension.node build/Release/sqlite3.a \
 && cd /app && find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \
      -o -name '*.map' -o -name '*.md' \) -delete

FROM node:20-bookworm-slim
# Chart images need a font for their labels.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    MODELWISE_DATA_DIR=/data
COPY package.json package-lock.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY catalog ./catalog
COPY adapters/console/bin.js ./adapters/console/bin.js

# Sessions persist here when no REDIS_URL is set; the unprivileged user must own it.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# /healthz answers in every server mode (Slack HTTP, Socket Mode, Discord), on PORT.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM reaches the process that handles it. The V8 heap
# flags are the start script's (package.json, where the README says why); a test keeps them equal.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=4", "--max-old-space-size=256", "dist/main.js"]
