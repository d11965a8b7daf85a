using OneCountry.Cli;

return await OneCountryApp.RunAsync(args);
