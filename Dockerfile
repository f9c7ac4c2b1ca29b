# One image for every Newsroom service (producer, streams, alerts): the newsroom command.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/newsroom --create-home newsroom
COPY --from=build /src/app/target/newsroom.jar /opt/newsroom/newsroom.jar
USER newsroom
WORKDIR /var/lib/newsroom
ENTRYPOINT ["java", "-jar", "/opt/newsroom/newsroom.jar"]
CMD ["--help"]
