namespace GovDisclosure.Rules.Form;

/// <summary>
/// 关系两边如何比较。How the two sides of a relation compare.
/// </summary>
public enum RelationComparison
{
    /// <summary>左边之和等于右边之和。The sum on the left equals the sum on the right.</summary>
    Equal,

    /// <summary>左边之和不大于右边之和。The sum on the left is at most the sum on the right.</summary>
    AtMost,
}
