using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Testing;

/// <summary>Realistic names of reporting agencies: a place and one of its departments or its government.</summary>
internal static class AgencyNames
{
    internal static readonly string[] Cities =
    [
        "哈尔滨市", "长春市", "沈阳市", "北京市海淀区", "天津市和平区", "石家庄市", "太原市", "呼和浩特市", "济南市", "青岛市",
        "南京市", "苏州市", "杭州市", "宁波市", "合肥市", "福州市", "厦门市", "南昌市", "郑州市", "武汉市", "长沙市", "广州市",
        "深圳市", "南宁市", "海口市", "重庆市渝中区", "成都市", "贵阳市", "昆明市", "西安市", "兰州市", "西宁市", "银川市", "乌鲁木齐市",
        "上海市浦东新区", "大连市", "佛山市", "温州市", "洛阳市", "绵阳市",
    ];

    internal static readonly string[] Departments =
    [
        "人民政府", "人民政府办公室", "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
        "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "商务局",
        "文化广电和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
        "城市管理局", "林业和草原局", "体育局", "信访局",
    ];

    /// <summary>An agency name such as 哈尔滨市科学技术局.</summary>
    public static Gen<string> Any { get; } =
        from city in Gen.Elements(Cities)
        from department in Gen.Elements(Departments)
        select city + department;
}
