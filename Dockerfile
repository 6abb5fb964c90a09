# Base images are arguments, so the file builds unchanged where no registry is reachable:
#   docker build --network host --build-arg BUILD_IMAGE=local/debian-jdk:17 \
#     --build-arg RUN_IMAGE=local/debian-jre:17 .
# (the local images come from ../shared/tools/local-base-images.sh; see README, "Docker").
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUN_IMAGE=eclipse-temurin:17-jre

# Build stage: compile and package with the project's own Maven wrapper.
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY questions questions
RUN ./mvnw -B -q -DskipTests package && \
    java -Djarmode=tools -jar target/storysmith-*.jar extract --layers --launcher --destination /extracted

# Run stage: a JRE, a non-root user, the jar's layers (dependencies change least, so they go first).
FROM ${RUN_IMAGE}
RUN useradd --system --uid 10001 --create-home storysmith
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
RUN mkdir -p /app/data && chown storysmith /app/data
USER storysmith
EXPOSE 8080
# The image has no curl: bash's /dev/tcp asks /actuator/health, healthy only on 200 (DOWN answers 503;
# grepping for "UP" would also match an UP component of a DOWN app).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
