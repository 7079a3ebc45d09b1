# Build the jar with the project's own Maven wrapper, then run it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/sanctuary-tracker-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app tracker
USER tracker
COPY --from=build /app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
