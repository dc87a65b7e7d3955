// netstandard2.0 only (see Kjoretoyregister.Contracts.csproj): .NET Framework has no System.DateOnly. The contracts' calendar dates
// (first registration, inspection deadlines, ownership start, date of birth) are System.DateTime there, at
// midnight with DateTimeKind.Unspecified, and are read and written as "yyyy-MM-dd" by DatoJsonConverter,
// exactly as the net10.0 build reads and writes DateOnly. The source keeps the name DateOnly through this alias.
global using DateOnly = System.DateTime;
