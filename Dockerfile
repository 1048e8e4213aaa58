# syntax=docker/dockerfile:1
# The four service images from one build. `docker compose build` runs the build stage once and each image takes its
# jar from it; by hand: docker build --target payment-service -t concert-saga/payment-service:local .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# Maven's repository is a BuildKit cache that outlives the layer: dependencies are downloaded once, not again on every
# change to the sources.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl payment-service,queue-service,concert-service,user-service -am package \
    && mkdir /jars \
    && for service in payment-service queue-service concert-service user-service; do \
         cp ${service}/target/${service}-*-exec.jar /jars/${service}.jar; \
       done

FROM eclipse-temurin:17-jre AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
USER 1000
# The local stack's JVM options (README, Benchmark): a 256 MB heap keeps a service under load at 264–297 MiB
# resident, inside the 448 MiB the containers get (docker-compose.yml, deploy/kubernetes). Not a share of the
# container's memory: the JVM's own share (75 %) would leave the heap to whatever limit the container happens to get.
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k"
ENTRYPOINT ["java", "-jar", "/app.jar"]

FROM runtime AS payment-service
COPY --from=build /jars/payment-service.jar /app.jar
EXPOSE 8080

FROM runtime AS queue-service
COPY --from=build /jars/queue-service.jar /app.jar
EXPOSE 8081

FROM runtime AS concert-service
COPY --from=build /jars/concert-service.jar /app.jar
EXPOSE 8082

FROM runtime AS user-service
COPY --from=build /jars/user-service.jar /app.jar
EXPOSE 8083
