package org.opsbench.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.opsbench.core.calendar.Calendars;
import org.opsbench.core.calendar.HolidayList;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Certification;
import org.opsbench.model.Contact;
import org.opsbench.model.Coverage;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Industry;
import org.opsbench.model.InspectionFrequency;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.Office;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Region;
import org.opsbench.model.Role;
import org.opsbench.model.ServiceCenter;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.User;
import org.opsbench.core.security.PasswordHasher;

/**
 * An invented but realistic data set for demonstrations, training and tests: one service
 * center with regions and offices, business calendars, roles, engineers, customers with
 * sites, contacts, contracts and equipment. Every name, number and address is made up;
 * the same seed gives the same data.
 */
public final class SampleDataGenerator {

    /** How much to generate; the defaults are the README's sample database. */
    public record Sizes(int regions, int officesPerRegion, int customers, int sitesPerCustomer, int equipmentPerSite,
            int engineersPerOffice) {
        public static final Sizes DEFAULT = new Sizes(4, 3, 60, 4, 10, 6);
    }

    /** The generated aggregates, in the order they must be stored (referenced ones first). */
    public record SampleData(List<BusinessCalendar> calendars, ServiceCenter serviceCenter, List<Role> roles,
            List<Engineer> engineers, List<User> users, List<Customer> customers) {

        public List<EObject> inStoringOrder() {
            List<EObject> all = new ArrayList<>(calendars);
            all.add(serviceCenter);
            all.addAll(roles);
            all.addAll(engineers);
            all.addAll(customers);
            all.addAll(users); // a customer's user refers to the customer
            return all;
        }
    }

    public static final String ADMIN_LOGIN = "admin";

    private static final OpsFactory F = OpsFactory.eINSTANCE;
    /**
     * The words a data set is made of, in one language. Both languages have tables of the same
     * lengths, so that one seed gives the same data set in either, only the words differ.
     */
    private record Words(String[] regions, String regionSuffix, String[] cities, String officeSuffix, String[] roads,
            String roadSuffix, String[] surnames, String[] given, boolean spaced, String[] organisations, String headOffice,
            String branchSite, String[] avenues, String avenueSuffix, String itManager, String networkAdministrator,
            String centerName, String room, String rack, String administrator, String[] roleDescriptions, String fiveByEight,
            String sevenByTwentyFour, String onSiteFourHours, String onSiteNextDay, String[] demoUserNames) {

        String personName(String surname, String given, String second) {
            return spaced ? surname + " " + given + (second == null ? "" : second.toLowerCase()) : surname + given + (second == null ? "" : second);
        }
    }

    private static final Words ENGLISH = new Words(
            new String[] { "North", "East", "South", "Central", "North-East", "North-West", "South-West" }, " Region",
            new String[] { "Qinghe", "Lanshan", "Yunzhou", "Baishui", "Heping", "Songling", "Jinxi", "Taoyuan", "Fengcheng", "Luhai",
                    "Anbo", "Xinyuan", "Meiling", "Changjiang", "Huaxi", "Pingkou", "Longtan", "Shuangliu", "Dongpo", "Nanhu",
                    "Beiling" },
            " Office", new String[] { "Binhe", "Renmin", "Jianshe", "Xinhua" }, " Road, ",
            new String[] { "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao",
                    "Lin", "He", "Guo", "Ma", "Luo" },
            new String[] { "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Tao", "Hui", "Qiang", "Xin", "Jun", "Ling", "Bo", "Ning", "Yu",
                    "Hao", "Rui", "Ting", "Kai", "Shan" },
            true,
            new String[] { "Power Supply Bureau", "Water Group", "Rural Commercial Bank", "Securities Co.", "Municipal Data Center",
                    "Vocational College", "Steel Works", "Gas Company", "Tax Service Center", "Health Commission", "Metro Operations",
                    "Port Authority" },
            "Head office", "Branch site ", new String[] { "Zhongshan", "Heping", "Dongfeng", "Gongye" }, " Avenue, ", "IT manager",
            "Network administrator", "OpsBench Demo Service Center", "Room ", ", rack ", "Administrator",
            new String[] { "Manages users, roles and settings", "Takes calls and dispatches cases", "Works cases on site and remotely",
                    "Second-level support", "Receives escalations", "Second escalation level", "Third escalation level",
                    "Fourth escalation level", "Last escalation level", "Escalations of business-hours contracts",
                    "Headquarters escalations of business-hours contracts", "First level of the per-step plan",
                    "A customer's own staff: their organisation's cases" },
            "5x8 standard", "7x24", "On site within 4 hours", "On site next working day",
            new String[] { "Seat agent", "Technical expert", "Response center manager" });

    private static final Words CHINESE = new Words(
            new String[] { "华北", "华东", "华南", "华中", "东北", "西北", "西南" }, "大区",
            new String[] { "青河", "岚山", "云州", "白水", "和平", "松岭", "金溪", "桃源", "枫城", "鹿海", "安波", "新源", "梅岭", "长江",
                    "华溪", "平口", "龙潭", "双流", "东坡", "南湖", "北岭" },
            "办事处", new String[] { "滨河", "人民", "建设", "新华" }, "路",
            new String[] { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗" },
            new String[] { "伟", "芳", "敏", "静", "磊", "燕", "涛", "慧", "强", "欣", "军", "玲", "博", "宁", "宇", "浩", "睿", "婷", "凯", "珊" },
            false,
            new String[] { "供电局", "水务集团", "农村商业银行", "证券公司", "市数据中心", "职业学院", "钢铁厂", "燃气公司", "税务服务中心",
                    "卫生健康委员会", "地铁运营公司", "港务局" },
            "总部", "分支站点 ", new String[] { "中山", "和平", "东风", "工业" }, "大道", "信息中心主任", "网络管理员",
            "OpsBench 演示服务中心", "", "号机房，机柜 ", "系统管理员",
            new String[] { "管理用户、角色和设置", "接听来电并派发工单", "现场及远程处理工单", "二线技术支持", "接收升级通知", "第二升级级别",
                    "第三升级级别", "第四升级级别", "最高升级级别", "5x8 合同的升级", "5x8 合同的总部升级", "逐步骤方案的第一级",
                    "客户自己的员工：本单位的工单" },
            "5x8 标准", "7x24", "4 小时内到达现场", "下一个工作日到达现场",
            new String[] { "坐席", "技术专家", "响应中心经理" });

    private static final Industry[] ORGANISATION_INDUSTRY = { Industry.ENERGY, Industry.ENERGY, Industry.FINANCE,
            Industry.FINANCE, Industry.GOVERNMENT, Industry.EDUCATION, Industry.MANUFACTURING, Industry.ENERGY,
            Industry.GOVERNMENT, Industry.GOVERNMENT, Industry.OTHER, Industry.OTHER };
    private static final String[][] PRODUCTS = { { "Lanting Networks", "LT-GW3000", "gateway" },
            { "Lanting Networks", "LT-SW5600", "switch" }, { "Kestrel Security", "KS-FW900", "firewall" },
            { "Harbor Compute", "HC-R740", "server" }, { "Pinecrest Storage", "PS-5100", "storage" },
            { "Lanting Networks", "LT-AP220", "wireless access point" }, { "Northwind Power", "NP-UPS10K", "UPS" } };
    private static final String[] SKILLS = { "routing", "switching", "firewall", "storage", "servers", "wireless", "UPS",
            "virtualisation" };
    private static final String[] CERTIFICATES = { "CCNP", "CCIE", "Lanting Certified Engineer", "Kestrel Security Expert",
            "Pinecrest Storage Associate" };

    private final Random random;
    private Words words = ENGLISH;

    public SampleDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The data set in English. */
    public SampleData generate(Sizes sizes, char[] adminPassword, PasswordHasher hasher) {
        return generate(sizes, Locale.ENGLISH, adminPassword, hasher);
    }

    /** The data set with names, addresses and titles in {@code language}: Chinese for "zh", English otherwise. */
    public SampleData generate(Sizes sizes, Locale language, char[] adminPassword, PasswordHasher hasher) {
        words = "zh".equals(language.getLanguage()) ? CHINESE : ENGLISH;
        List<BusinessCalendar> calendars = List.of(fiveByEight(words.fiveByEight()), sevenByTwentyFour(words.sevenByTwentyFour()));
        ServiceCenter center = F.createServiceCenter();
        center.setCode("HQ");
        center.setName(words.centerName());
        center.setHotline("400-555-0100");
        List<Office> offices = new ArrayList<>();
        int city = 0;
        for (int r = 0; r < sizes.regions(); r++) {
            Region region = F.createRegion();
            region.setCode("R" + (r + 1));
            region.setName(words.regions()[r % words.regions().length] + words.regionSuffix());
            for (int o = 0; o < sizes.officesPerRegion(); o++) {
                Office office = F.createOffice();
                int cityIndex = city++ % ENGLISH.cities().length;
                String name = words.cities()[cityIndex];
                office.setCode(region.getCode() + "-" + ENGLISH.cities()[cityIndex].substring(0, 3).toUpperCase());
                office.setName(name + words.officeSuffix());
                office.setCity(name);
                office.setAddress(address(10 + random.nextInt(180), pick(words.roads()), words.roadSuffix(), name));
                office.setPhone(phone());
                office.setDefaultCalendar(calendars.get(0));
                region.getOffices().add(office);
                offices.add(office);
            }
            center.getRegions().add(region);
        }

        List<Role> roles = new ArrayList<>();
        int described = 0;
        for (String[] role : new String[][] { { "administrator", "Manages users, roles and settings", "admin.all" },
                { "seat-agent", "Takes calls and dispatches cases", "case.create,case.assign" },
                { "service-engineer", "Works cases on site and remotely", "case.work" },
                { "technical-expert", "Second-level support", "case.work,knowledge.edit" },
                { "response-center-manager", "Receives escalations", "case.view,report.view" },
                { "technical-manager", "Second escalation level", "case.view,report.view" },
                { "technical-center-manager", "Third escalation level", "case.view,report.view" },
                { "integration-manager", "Fourth escalation level", "case.view,report.view" },
                { "general-manager", "Last escalation level", "case.view,report.view" },
                { "regional-supervisor", "Escalations of business-hours contracts", "case.view,report.view" },
                { "headquarters-support", "Headquarters escalations of business-hours contracts", "case.view,report.view" },
                { "engineering-supervisor", "First level of the per-step plan", "case.view,case.assign" },
                { "customer", "A customer's own staff: their organisation's cases", "case.view.own,case.note" } }) {
            Role r = F.createRole();
            r.setName(role[0]);
            r.setDescription(words.roleDescriptions()[described++]);
            r.getPermissions().addAll(List.of(role[2].split(",")));
            roles.add(r);
        }

        List<Engineer> engineers = new ArrayList<>();
        int employee = 1001;
        for (Office office : offices) {
            for (int e = 0; e < sizes.engineersPerOffice(); e++) {
                Engineer engineer = F.createEngineer();
                engineer.setEmployeeNumber("E" + employee++);
                engineer.setName(personName());
                engineer.setPhone(mobile());
                engineer.setEmail(email(romanised, "opsbench-demo.example"));
                engineer.setOffice(office);
                engineer.setRegion((Region) office.eContainer());
                engineer.getSkills().add(pick(SKILLS));
                String second = pick(SKILLS);
                if (!engineer.getSkills().contains(second)) {
                    engineer.getSkills().add(second);
                }
                Certification certification = F.createCertification();
                certification.setName(pick(CERTIFICATES));
                certification.setIssuer(certification.getName().split(" ")[0]);
                certification.setValidUntil(LocalDate.of(2027 + random.nextInt(3), 1 + random.nextInt(12), 1));
                engineer.getCertifications().add(certification);
                engineers.add(engineer);
            }
        }

        List<User> users = new ArrayList<>();
        User admin = F.createUser();
        admin.setLogin(ADMIN_LOGIN);
        admin.setDisplayName(words.administrator());
        admin.setPasswordHash(hasher.hash(adminPassword));
        admin.getRoles().add(roles.get(0));
        users.add(admin);

        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < sizes.customers(); c++) {
            customers.add(customer(c, sizes, offices.get(c % offices.size()), calendars));
        }
        // One demo user per kind of work, with the administrator's password: what each role may do can be tried out.
        // (The engineer's and the customer's users need an engineer and a customer: small test sizes may have none.)
        users.add(demoUser("agent", words.demoUserNames()[0], role(roles, "seat-agent"), adminPassword, hasher));
        if (!engineers.isEmpty()) {
            User engineerUser = demoUser("engineer", engineers.get(0).getName(), role(roles, "service-engineer"), adminPassword, hasher);
            engineerUser.setEngineer(engineers.get(0));
            users.add(engineerUser);
        }
        users.add(demoUser("expert", words.demoUserNames()[1], role(roles, "technical-expert"), adminPassword, hasher));
        users.add(demoUser("manager", words.demoUserNames()[2], role(roles, "response-center-manager"), adminPassword, hasher));
        if (!customers.isEmpty()) {
            Customer first = customers.get(0);
            User customerUser = demoUser("customer", first.getContacts().isEmpty() ? first.getName() : first.getContacts().get(0).getName(),
                    role(roles, "customer"), adminPassword, hasher);
            customerUser.setCustomer(first);
            users.add(customerUser);
        }
        return new SampleData(calendars, center, roles, engineers, users, customers);
    }

    private static User demoUser(String login, String name, Role role, char[] password, PasswordHasher hasher) {
        User user = F.createUser();
        user.setLogin(login);
        user.setDisplayName(name);
        user.setPasswordHash(hasher.hash(password));
        user.getRoles().add(role);
        return user;
    }

    private static Role role(List<Role> roles, String name) {
        return roles.stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    private Customer customer(int index, Sizes sizes, Office office, List<BusinessCalendar> calendars) {
        Customer customer = F.createCustomer();
        int kind = random.nextInt(words.organisations().length);
        int placeIndex = random.nextInt(words.cities().length);
        String place = words.cities()[placeIndex];
        customer.setCode(String.format("C-%04d", index + 1));
        customer.setName(place + (words.spaced() ? " " : "") + words.organisations()[kind]);
        customer.setIndustry(ORGANISATION_INDUSTRY[kind]);
        customer.setOffice(office);
        customer.getTags().add(customer.getIndustry().getLiteral());
        if (random.nextInt(4) == 0) {
            customer.getTags().add("key-account");
        }
        String domain = ENGLISH.cities()[placeIndex].toLowerCase() + "-" + (index + 1) + ".example";
        for (int k = 0; k < 2; k++) {
            Contact contact = F.createContact();
            contact.setName(personName());
            contact.setTitle(k == 0 ? words.itManager() : words.networkAdministrator());
            contact.setPhone(mobile());
            contact.setEmail(email(romanised, domain));
            customer.getContacts().add(contact);
        }
        for (int s = 0; s < sizes.sitesPerCustomer(); s++) {
            Site site = F.createSite();
            site.setName(s == 0 ? words.headOffice() : words.branchSite() + s);
            site.setCity(s == 0 ? place : words.cities()[random.nextInt(words.cities().length)]);
            site.setAddress(address(1 + random.nextInt(300), pick(words.avenues()), words.avenueSuffix(), site.getCity()));
            site.setPhone(phone());
            site.setContact(customer.getContacts().get(s % 2));
            for (int e = 0; e < sizes.equipmentPerSite(); e++) {
                String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                Equipment equipment = F.createEquipment();
                equipment.setVendor(product[0]);
                equipment.setModel(product[1]);
                equipment.setSerialNumber(String.format("%s%02d%06d", product[1].substring(0, 2), s, index * 1000 + s * 100 + e));
                equipment.setLocation(words.room() + (1 + random.nextInt(4)) + words.rack() + (char) ('A' + random.nextInt(6)) + (1 + random.nextInt(9)));
                equipment.setSoftwareVersion("V" + (3 + random.nextInt(3)) + "." + random.nextInt(10) + "." + random.nextInt(10));
                equipment.setConfigurationBaseline("BL-" + customer.getCode() + "-" + product[2].replace(' ', '-'));
                site.getEquipment().add(equipment);
            }
            customer.getSites().add(site);
        }
        ServiceContract contract = F.createServiceContract();
        contract.setNumber("SC-" + customer.getCode().substring(2) + "-" + (2023 + random.nextInt(3)));
        contract.setCoverage(random.nextInt(3) == 0 ? Coverage.SEVEN_BY_TWENTY_FOUR : Coverage.FIVE_BY_EIGHT);
        contract.setCalendar(contract.getCoverage() == Coverage.SEVEN_BY_TWENTY_FOUR ? calendars.get(1) : calendars.get(0));
        LocalDate signed = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        contract.setSignedOn(signed);
        contract.setFinalAcceptanceDate(signed.plusDays(60 + random.nextInt(120)));
        contract.setHardwareWarrantyMonths(36);
        contract.setSoftwareUpgradeMonths(36);
        contract.setInspectionFrequency(InspectionFrequency.get(1 + random.nextInt(4)));
        contract.setPhase(LifecyclePhase.IN_WARRANTY);
        contract.setOnSiteTerms(contract.getCoverage() == Coverage.SEVEN_BY_TWENTY_FOUR ? words.onSiteFourHours() : words.onSiteNextDay());
        contract.setTrainingDaysOwed(2 + random.nextInt(3));
        customer.getContracts().add(contract);
        return customer;
    }

    static BusinessCalendar fiveByEight(String name) {
        BusinessCalendar calendar = Calendars.fiveByEight(name, "Asia/Shanghai");
        HolidayList.prcStatutory(2026).applyTo(calendar);
        return calendar;
    }

    static BusinessCalendar sevenByTwentyFour(String name) {
        return Calendars.sevenByTwentyFour(name, "Asia/Shanghai");
    }

    /** The romanised name of the person last named: mail boxes are ASCII in both languages. */
    private String romanised;

    private String personName() {
        int surname = random.nextInt(ENGLISH.surnames().length);
        int given = random.nextInt(ENGLISH.given().length);
        int second = random.nextBoolean() ? random.nextInt(ENGLISH.given().length) : -1;
        romanised = ENGLISH.personName(ENGLISH.surnames()[surname], ENGLISH.given()[given], second < 0 ? null : ENGLISH.given()[second]);
        return words.personName(words.surnames()[surname], words.given()[given], second < 0 ? null : words.given()[second]);
    }

    /** "12 Binhe Road, Qinghe" in English, "青河滨河路 12 号" in Chinese. */
    private String address(int number, String street, String suffix, String city) {
        return words.spaced() ? number + " " + street + suffix + city : city + street + suffix + number + "号";
    }

    private static String email(String mailbox, String domain) {
        return mailbox.toLowerCase().replace(' ', '.') + "@" + domain;
    }

    /** Numbers in the 555 range, reserved for fiction. */
    private String phone() {
        return String.format("0%d-5555-%04d", 10 + random.nextInt(80), random.nextInt(10000));
    }

    private String mobile() {
        return String.format("+86 139 5555 %04d", random.nextInt(10000));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
