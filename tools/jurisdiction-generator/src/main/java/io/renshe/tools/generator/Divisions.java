package io.renshe.tools.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The administrative divisions of China as the generator lays them out: the 31 provinces with their real names and
 * GB/T 2260 codes, and under each as many prefecture-level cities and county-level divisions as the province has
 * (rounded figures of the published division statistics), with generated names and codes that follow GB/T 2260:
 * {@code PP0000} a province, {@code PPCC00} a city, {@code PPCCDD} a county-level division (districts from 01,
 * counties from 21, county-level cities from 81), {@code PP90DD} a county-level division directly under its province.
 * Municipalities (北京, 天津, 上海, 重庆) have their districts directly under them, as {@code PP01DD}.
 */
final class Divisions {

    /** One division. {@code parent} is null for a province. */
    record Division(String code, String name, String level, String parent) {
    }

    /**
     * One row of the province table: code prefix, name, prefecture-level cities, county-level divisions under them,
     * county-level divisions directly under the province.
     */
    private record Province(String prefix, String name, int cities, int counties, int direct) {
    }

    /** About 2023: 333 prefecture-level divisions, 2,844 county-level divisions. */
    private static final List<Province> PROVINCES = List.of(
            new Province("11", "北京市", 0, 0, 16),
            new Province("12", "天津市", 0, 0, 16),
            new Province("13", "河北省", 11, 167, 0),
            new Province("14", "山西省", 11, 117, 0),
            new Province("15", "内蒙古自治区", 12, 103, 0),
            new Province("21", "辽宁省", 14, 100, 0),
            new Province("22", "吉林省", 9, 60, 0),
            new Province("23", "黑龙江省", 13, 121, 0),
            new Province("31", "上海市", 0, 0, 16),
            new Province("32", "江苏省", 13, 95, 0),
            new Province("33", "浙江省", 11, 90, 0),
            new Province("34", "安徽省", 16, 104, 0),
            new Province("35", "福建省", 9, 84, 0),
            new Province("36", "江西省", 11, 100, 0),
            new Province("37", "山东省", 16, 136, 0),
            new Province("41", "河南省", 17, 156, 1),
            new Province("42", "湖北省", 13, 99, 4),
            new Province("43", "湖南省", 14, 122, 0),
            new Province("44", "广东省", 21, 122, 0),
            new Province("45", "广西壮族自治区", 14, 111, 0),
            new Province("46", "海南省", 4, 10, 15),
            new Province("50", "重庆市", 0, 0, 38),
            new Province("51", "四川省", 21, 183, 0),
            new Province("52", "贵州省", 9, 88, 0),
            new Province("53", "云南省", 16, 129, 0),
            new Province("54", "西藏自治区", 7, 74, 0),
            new Province("61", "陕西省", 10, 107, 0),
            new Province("62", "甘肃省", 14, 86, 0),
            new Province("63", "青海省", 8, 44, 0),
            new Province("64", "宁夏回族自治区", 5, 22, 0),
            new Province("65", "新疆维吾尔自治区", 14, 96, 12));

    /** Characters that Chinese place names are commonly made of. */
    private static final String NAME_CHARACTERS = "安平清河阳山东西南北新宁丰永兴泰昌华定武文长江湖台林宜临沙石水云金玉龙凤乐福德和洪"
            + "庆吉通广建元康寿春溪源峰岭川原陵泉桥坪塘湾浦港岗屯集津海明光远靖中崇嘉鹤柳桂梅松柏仁义信礼正大高"
            + "利富盛隆昭恩化成宝鸣鼎益顺祥瑞汉秦晋黎延绥固会城沂灵蒙德宣舒怀";

    private Divisions() {
    }

    /** Every municipality and province, for {@code --provinces}: two-digit prefix and name. */
    static List<String> provinces() {
        return PROVINCES.stream().map(p -> p.prefix() + " " + p.name()).toList();
    }

    /**
     * The divisions of the provinces named by their two-digit prefixes (all when empty), provinces first, then cities,
     * then county-level divisions. Codes in {@code shipped} are not generated (the distribution ships them): they
     * remain parents of what the generator writes under them.
     */
    static List<Division> of(Set<String> prefixes, Set<String> shipped, Random random) {
        Set<String> usedNames = new HashSet<>();
        List<Division> provinces = new ArrayList<>();
        List<Division> cities = new ArrayList<>();
        List<Division> counties = new ArrayList<>();
        for (Province province : PROVINCES) {
            if (!prefixes.isEmpty() && !prefixes.contains(province.prefix())) {
                continue;
            }
            String provinceCode = province.prefix() + "0000";
            provinces.add(new Division(provinceCode, province.name(), "province", null));
            boolean municipality = province.cities() == 0;
            int[] perCity = spread(province.counties(), province.cities(), random);
            for (int c = 1; c <= province.cities(); c++) {
                String cityCode = String.format("%s%02d00", province.prefix(), c);
                cities.add(new Division(cityCode, name(random, usedNames, c % 7 == 0 ? "自治州" : "市"), "city", provinceCode));
                for (String code : countyCodes(cityCode.substring(0, 4), perCity[c - 1], shipped)) {
                    counties.add(new Division(code, countyName(code, random, usedNames), "district", cityCode));
                }
            }
            String directPrefix = province.prefix() + (municipality ? "01" : "90");
            for (int d = 1; d <= province.direct(); d++) {
                String code = directPrefix + String.format("%02d", d);
                String name = municipality ? name(random, usedNames, d % 3 == 0 ? "县" : "区") : name(random, usedNames, "市");
                counties.add(new Division(code, name, "district", provinceCode));
            }
        }
        List<Division> all = new ArrayList<>(provinces);
        all.addAll(cities);
        all.addAll(counties);
        all.removeIf(d -> shipped.contains(d.code()));
        return all;
    }

    /** Spreads {@code total} counties over {@code cities} cities, each getting at least two. */
    private static int[] spread(int total, int cities, Random random) {
        int[] counts = new int[cities];
        if (cities == 0) {
            return counts;
        }
        int left = total;
        for (int c = 0; c < cities; c++) {
            counts[c] = 2;
            left -= 2;
        }
        while (left > 0) {
            counts[random.nextInt(cities)]++;
            left--;
        }
        return counts;
    }

    /**
     * Districts from 02, counties from 21, county-level cities from 81, in the proportions of the statistics. A shipped
     * county of this city takes the place of a generated one, so that the province keeps its number of counties.
     */
    private static List<String> countyCodes(String cityPrefix, int count, Set<String> shipped) {
        int districts = Math.max(1, count * 3 / 10);
        int cities = count >= 4 ? Math.max(1, count * 15 / 100) : 0;
        int counties = count - districts - cities;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < districts; i++) {
            codes.add(cityPrefix + String.format("%02d", 2 + i));
        }
        for (int i = 0; i < counties; i++) {
            codes.add(cityPrefix + String.format("%02d", 21 + i));
        }
        for (int i = 0; i < cities; i++) {
            codes.add(cityPrefix + String.format("%02d", 81 + i));
        }
        for (String code : shipped) {
            if (code.startsWith(cityPrefix) && !code.endsWith("00") && !codes.contains(code)) {
                codes.set(0, code);
            }
        }
        return codes;
    }

    private static String countyName(String code, Random random, Set<String> used) {
        int kind = Integer.parseInt(code.substring(4));
        String suffix = kind < 21 ? "区" : kind >= 81 ? "市" : random.nextInt(12) == 0 ? "自治县" : "县";
        return name(random, used, suffix);
    }

    private static String name(Random random, Set<String> used, String suffix) {
        while (true) {
            String name = "" + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()))
                    + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())) + suffix;
            if (name.charAt(0) != name.charAt(1) && used.add(name)) {
                return name;
            }
        }
    }
}
