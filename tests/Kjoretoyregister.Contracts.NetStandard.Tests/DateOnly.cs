// The netstandard2.0 build's calendar dates are DateTime (src/Polyfill/Contracts/DateOnly.cs): the net10.0 tests
// compiled here build their expected dates with this alias, so they hold the same dates against that build.
global using DateOnly = System.DateTime;
