using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 一条单份报告规则：描述（数据）加一个纯粹的检查。内置规则和宿主自己的规则以完全相同的方式接入 <see cref="ReportValidator"/>。
/// One rule over a report: a description (data) plus a pure check. Built-in rules and a host's own rules plug into
/// <see cref="ReportValidator"/> in exactly the same way.
/// </summary>
/// <remarks>
/// 检查必须无状态、线程安全：同一实例会被多个线程同时调用。发现通过 <see cref="RuleContext.ReportFinding"/> 报告，
/// 编号和严重程度由验证器按 <see cref="Descriptor"/> 及选项填写。
/// The check must be stateless and thread-safe: one instance is called from many threads at once. Findings are reported
/// through <see cref="RuleContext.ReportFinding"/>; the validator fills in the ID and the severity from
/// <see cref="Descriptor"/> and the options.
/// </remarks>
public abstract class ReportRule
{
    /// <summary>
    /// 以规则描述新建规则。Creates a rule from its description.
    /// </summary>
    /// <param name="descriptor">规则描述。The rule's description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="descriptor"/> 为 null。<paramref name="descriptor"/> is null.</exception>
    protected ReportRule(RuleDescriptor descriptor) => Descriptor = Guard.Against.Null(descriptor);

    /// <summary>规则描述：编号、默认严重程度、标题与消息模板。The description: ID, default severity, titles and message templates.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>
    /// 是否需要上一年度的报告；为 true 时，没有给出上一年度报告则跳过本规则。
    /// Whether the rule needs last year's report; when true, the rule is skipped if none is given.
    /// </summary>
    public virtual bool RequiresPrevious => false;

    /// <summary>
    /// 检查报告，并通过上下文报告每一条发现。Checks the report and reports each finding through the context.
    /// </summary>
    /// <param name="context">本次检查的上下文，仅在调用期间有效。The context of this check, valid only during the call.</param>
    public abstract void Check(RuleContext context);

    /// <inheritdoc/>
    public override string ToString() => Descriptor.Id;
}
