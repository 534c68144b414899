using System;
using System.IO;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using NodaTime;

// A .NET Framework 4.8 app importing T3's GB18030 files through CustomerClassification.Spreadsheets.
var samples = args.Length > 0 ? args[0] : "samples";
var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2-2"), regionScheme: CodingScheme.Parse("2-2"), customFields: [new CustomFieldDefinition("类型", CustomFieldType.Text)]), SystemClock.Instance);
foreach (var (file, dimension) in new[] { ("categories.csv", DimensionNames.Category), ("regions.csv", DimensionNames.Region) })
{
    using var categories = File.OpenRead(Path.Combine(samples, file));
    Console.WriteLine($"{file}: {CategoryCsv.Import(categories, archive, dimension, "导入").AddedCount} added");
}

using var customers = File.OpenRead(Path.Combine(samples, "customers.csv"));
var report = CustomerCsv.Import(customers, archive, "导入");
Console.WriteLine($"customers.csv ({report.Encoding.WebName}): {report.AddedCount} added, {report.RefusedCount} refused");
return report.Succeeded ? 0 : 1;
