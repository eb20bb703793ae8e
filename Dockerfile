# syntax=docker/dockerfile:1
# The shop as one image: `next build`'s standalone server (next.config.mjs, output: 'standalone')
# plus server.mjs, on Debian slim, run as an unprivileged user. Build and run:
#   docker build -t jewel-catalogue .
#   docker run -p 3000:3000 -e PAYLOAD_SECRET=… -e SERVER_URL=https://shop.example \
#     -e DATABASE_URL=postgres://… -e S3_BUCKET=… jewel-catalogue
# compose.yaml runs two of them with PostgreSQL, Redis, MinIO and Nginx. The image itself is not
# built in CI (no Docker engine there); CI serves the same standalone tree (npm run smoke:standalone).

# Debian, not Alpine: sharp and libsql ship glibc binaries, and the build stage's npm ci picks the
# ones for the libc it runs on. The Node major CI tests with.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `npm run build` is next build and then scripts/standalone.mjs, which puts .next/static, public/
# and server.mjs into .next/standalone, as Next's standalone docs ask.
RUN npm run build

FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS=--no-deprecation \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# A user of its own, no login, no home to write to.
RUN groupadd --system --gid 1001 jewel \
 && useradd --system --uid 1001 --gid jewel --no-create-home --shell /usr/sbin/nologin jewel
# Owned by root and read-only to the app; it may write only its caches and local media.
COPY --from=build /app/.next/standalone ./
RUN mkdir -p .next/cache media data \
 && chown -R jewel:jewel .next/cache media data
USER jewel
EXPOSE 3000
# server.mjs: Next's standalone server plus the client's real address, request ids and the shared
# response cache (`node server.js` alone would serve, without those). Migrations run as it starts.
CMD ["node", "server.mjs"]
# Ready when the database answers (200); 503 while it cannot be reached. No curl in slim: Node asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
