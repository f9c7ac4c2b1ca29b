# One image for every Newsroom service (producer, streams, alerts): the newsroom command, from newsroom-linux.jar
# (newsroom.jar with Linux's native libraries only). The demo's broker (newsroom-demo-broker.jar: Kafka's server and
# Scala) stays out: services talk to the compose file's broker, and `newsroom demo` here says that it needs that jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
# The state folder exists in the image, owned by the service's user: a named volume mounted there starts as a copy of
# it (same owner), so Kafka Streams can write its state as `newsroom` rather than failing on a root-owned folder.
RUN useradd --system --home /var/lib/newsroom --create-home newsroom \
 && mkdir -p /var/lib/newsroom/state \
 && chown -R newsroom:newsroom /var/lib/newsroom
COPY --from=build /src/app/target/newsroom-linux.jar /opt/newsroom/newsroom.jar
USER newsroom
WORKDIR /var/lib/newsroom
ENTRYPOINT ["java", "-jar", "/opt/newsroom/newsroom.jar"]
CMD ["--help"]
