using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// An access policy as a table of roles (CSV or .xlsx), one row per role. Columns, Chinese or English, in any order:
/// 角色 (role), 成员 (members), 权限 (rights, optional), 可审批 (approves, optional: rights, or <c>*</c> for all) and 数据范围
/// (scope, optional: <c>region:01,02; category:0101</c>, dimensions by name or label, empty for everything). Lists are
/// separated by <c>,</c>, <c>;</c> or <c>、</c>; rights are <see cref="AccessRight"/>'s camelCase names. The members of a row
/// whose role is <c>管理员</c> or <c>administrators</c> are the policy's administrators. Which changes need a request is
/// written in the JSON form only (<c>Serialization.AccessPolicyFile</c>).
/// </summary>
public static class AccessPolicyTable
{
    private static readonly string[] AdministratorRoles = ["管理员", "administrators"];
    private static readonly char[] ListSeparators = [',', '，', ';', '；', '、'];

    private static readonly TableColumn[] Columns =
    [
        new("角色", "role", Aliases: ["岗位", "角色名称"]),
        new("成员", "members", Aliases: ["用户", "操作员"]),
        new("权限", "rights", Required: false),
        new("可审批", "approves", Required: false, Aliases: ["审批"]),
        new("数据范围", "scope", Required: false, Aliases: ["数据权限"]),
    ];

    /// <summary>Reads the roles of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid roles and every problem (a missing column or name, an unknown right, a bad scope), each with its row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<AccessRole> Read(Stream csv, Encoding? encoding = null) => CsvTable.Read(csv, encoding, Columns, Role);

    /// <summary>Reads the roles of the first sheet of an .xlsx workbook, with the same columns.</summary>
    /// <param name="xlsx">The workbook's bytes; read to the end, not closed.</param>
    /// <returns>The valid roles and every problem, each with its row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public static ReadReport<AccessRole> ReadWorkbook(Stream xlsx) => CsvTable.ReadWorkbook(xlsx, Columns, Role);

    /// <summary>Makes the policy of the roles read: the members of the administrators' row are its administrators.</summary>
    /// <param name="roles">The roles, as read.</param>
    /// <returns>The policy, which routes no change through a request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentException">Two roles share a name.</exception>
    public static AccessPolicy Policy(IEnumerable<AccessRole> roles)
    {
        Argument.NotNull(roles);
        var list = roles.ToArray();
        var administrators = list.Where(r => AdministratorRoles.Contains(r.Name, StringComparer.OrdinalIgnoreCase)).SelectMany(r => r.Members);
        return new AccessPolicy(administrators, list);
    }

    private static AccessRole Role(CsvRow row)
    {
        var name = row.Text(0);
        var members = Split(row.Text(1));
        var rights = Rights(row, 2, out _);
        var approves = Rights(row, 3, out var all);
        var scope = row.OptionalText(4) is { } text ? Scope(row, text) : DataScope.Unrestricted;
        return row.Checked(0, name, n => new AccessRole(n, members, rights, approves, all, scope))!;
    }

    private static List<AccessRight> Rights(CsvRow row, int column, out bool all)
    {
        var rights = new List<AccessRight>();
        all = false;
        foreach (var name in Split(row.OptionalText(column) ?? string.Empty))
        {
            if (column == 3 && string.Equals(name, "*", StringComparison.Ordinal))
            {
                all = true;
            }
            else if (AccessPolicy.ParseRight(name) is { Success: true } right)
            {
                rights.Add(right.Value);
            }
            else
            {
                row.Refuse(column, name, AccessPolicy.ParseRight(name).Problem!, 0);
            }
        }

        return rights;
    }

    // "region:01,02; category:0101" (a full-width colon too).
    private static DataScope Scope(CsvRow row, string text)
    {
        var scope = DataScope.Unrestricted;
        foreach (var part in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var colon = part.IndexOfAny([':', '：']);
            var codes = colon > 0 ? Split(part.Substring(colon + 1)).ToArray() : [];
            scope = colon > 0 && codes.Length > 0
                ? row.Checked(4, part, _ => scope.And(part.Substring(0, colon).Trim(), codes)) ?? scope
                : row.Refuse(4, part, SheetText.Get("ScopeNotPair"), scope);
        }

        return scope;
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0);
}
