# syntax=docker/dockerfile:1
# telisik: the API (`serve`) and the BullMQ workers (`worker`) from one image.
# Debian (glibc) rather than Alpine: @duckdb/node-api ships glibc binaries only.

# --- build: full install, compile TypeScript, then drop dev dependencies -------------
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the only install scripts are optional native speed-ups (msgpackr-extract
# ships prebuilt binaries as packages) and dev tools; nothing here needs a compiler
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY data-samples ./data-samples
COPY features ./features
COPY models ./models
COPY pipelines ./pipelines
COPY api ./api
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: compiled code, production dependencies, fonts, a non-root user ----------
FROM node:22-bookworm-slim
# fonts-dejavu-core: the PNG charts of model reports are rasterised by resvg with DejaVu Sans
# (models/report/render.ts); tini: signals reach node, so SIGTERM cancels a run cleanly
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    TELISIK_LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# files read at run time from the package root: the audit workbench's browser assets, the
# committed sample extract and the credit sample (README's bring-your-own-table walk-through)
COPY api/workbench/assets ./api/workbench/assets
COPY data-samples/sample ./data-samples/sample
COPY models/credit/sample ./models/credit/sample
# var/ holds warehouses, runs, registries and the embedded ops store: a volume in compose
RUN mkdir -p /app/var && chown node:node /app/var
USER node
VOLUME ["/app/var"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["tini", "--", "node", "dist/pipelines/cli.js"]
CMD ["serve", "--host", "0.0.0.0"]
