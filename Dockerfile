# syntax=docker/dockerfile:1
# The classifier as a static binary on distroless: no shell, no package manager, runs
# as the unprivileged `nonroot` user (uid 65532). Build: docker build -t signup-classifier .

FROM golang:1.26 AS build
WORKDIR /src
# Modules first: this layer is reused until go.mod/go.sum change.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# CGO off: a static binary that needs no libc in the final image.
# -trimpath: no build-machine paths in the binary; -s -w: no symbol/debug tables.
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/classifier ./cmd/classifier

FROM gcr.io/distroless/static-debian12:nonroot
# CA certificates (for TLS to remote brokers) and tzdata come with this base image.
COPY --from=build /out/classifier /classifier
USER nonroot:nonroot
# Admin HTTP: /metrics, /healthz, /readyz, POST /v1/classify.
EXPOSE 8080
ENTRYPOINT ["/classifier"]
# Without --brokers, `run` starts the embedded broker (see the README); compose
# passes --brokers kafka:9092.
CMD ["run", "--admin-addr", "0.0.0.0:8080"]
