# Build: cgo is needed for SQLite (github.com/mattn/go-sqlite3).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/locus ./cmd/locus
# Build the gazetteer once, at image build time, from the embedded extracts.
RUN mkdir -p /out/data && /out/locus places --db /out/data/gazetteer.sqlite Tessalit

# Run: glibc for the cgo binary, no shell tools, a non-root user.
FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /out/locus /usr/local/bin/locus
COPY --from=build --chown=nonroot:nonroot /out/data /data
USER nonroot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["/usr/local/bin/locus", "health", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/usr/local/bin/locus"]
# Saved documents go to /data/documents.sqlite: mount a volume on /data
# (docker run -v locus-data:/data ...) to keep them across containers.
CMD ["serve", "--addr", "0.0.0.0:8080", "--db", "/data/gazetteer.sqlite", "--data", "/data/documents.sqlite"]
