# modelwise: Slack and/or Discord bot (set their tokens), or a one-shot CLI.
FROM node:20-bookworm-slim

# Chart images need a font for their labels.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production \
    MODELWISE_DATA_DIR=/data

# Install dependencies first so code changes do not invalidate the layer. tsx runs the TypeScript
# sources directly, so there is no separate build step.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY catalog ./catalog

# Sessions persist here when no REDIS_URL is set; the unprivileged user must own it.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
CMD ["npm", "start"]
