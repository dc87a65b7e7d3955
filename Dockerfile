# syntax=docker/dockerfile:1
# Fiks kjøretøyregister: bygges med `docker build -t kjoretoyregister .`, kjøres med compose.yaml.
# Se README.md («Container») for grunnbildet og docs/drift.md («Containere og miljøvariabler») for innstillingene.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS bygg
WORKDIR /src
# Først det som bestemmer pakkene, så restore-laget gjenbrukes når bare koden endres.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Pakke.props src/Kjoretoyregister.snk src/
COPY src/Kjoretoyregister.Contracts/Kjoretoyregister.Contracts.csproj src/Kjoretoyregister.Contracts/
COPY src/Kjoretoyregister.Register/Kjoretoyregister.Register.csproj src/Kjoretoyregister.Register/
COPY src/Kjoretoyregister.Client/Kjoretoyregister.Client.csproj src/Kjoretoyregister.Client/
COPY src/Kjoretoyregister.Server/Kjoretoyregister.Server.csproj src/Kjoretoyregister.Server/
RUN dotnet restore src/Kjoretoyregister.Server
COPY src/ src/
COPY docs/sikkerhet/ docs/sikkerhet/
COPY docs/kontrakt/reference/ docs/kontrakt/reference/
RUN dotnet publish src/Kjoretoyregister.Server -c Release --no-restore -o /app -p:UseAppHost=false \
    && mkdir /data

# Distroløst og uten skall, men med ICU (nb-NO-formater) og tzdata (Europe/Oslo): -extra.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
WORKDIR /app
COPY --from=bygg /app .
# Datakatalogen er det eneste stedet tjenesten skriver (SQLite-filene, demo.json, Data Protection-nøklene
# på SQLite); resten av filsystemet kan monteres skrivebeskyttet (read_only: true i compose.yaml).
COPY --from=bygg --chown=$APP_UID:$APP_UID /data /data
ENV DataDirectory=/data
VOLUME /data
# Bildet setter ASPNETCORE_HTTP_PORTS=8080: alle grensesnitt, port 8080.
EXPOSE 8080
USER $APP_UID
# Ingen HEALTHCHECK: bildet har verken skall eller curl. Orkestreringen spør GET /health/live og /health/ready.
ENTRYPOINT ["dotnet", "Kjoretoyregister.Server.dll"]
