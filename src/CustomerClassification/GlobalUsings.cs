global using System;
global using Ardalis.GuardClauses;
