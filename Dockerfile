# Build the jar with the project's own Maven wrapper, then run it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml lombok.config ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/sanctuary-tracker-*.jar /app.jar

FROM eclipse-temurin:17-jre
# The working folder is the app user's own: without SPRING_DATASOURCE_URL the app runs its
# embedded PostgreSQL with its data in ./data/postgres (mount a volume there to keep it).
RUN useradd --system --create-home --home-dir /app tracker
USER tracker
WORKDIR /app
COPY --from=build --chown=tracker /app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
