package org.opsbench.core.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Industry;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.Site;

/**
 * Customers, their sites and equipment as one CSV file, one row per equipment item (a
 * row without vendor is a site without equipment, a row without site a customer without
 * sites). Reading is all or nothing: the first problem rejects the whole file with a
 * message naming row and column, and the model's own validation rules apply.
 */
public final class CustomerCsv {

    public enum Column {
        CUSTOMER_CODE(OpsPackage.Literals.CUSTOMER__CODE), CUSTOMER_NAME(OpsPackage.Literals.CUSTOMER__NAME),
        INDUSTRY(OpsPackage.Literals.CUSTOMER__INDUSTRY), SITE_NAME(OpsPackage.Literals.SITE__NAME),
        SITE_ADDRESS(OpsPackage.Literals.SITE__ADDRESS), SITE_CITY(OpsPackage.Literals.SITE__CITY),
        VENDOR(OpsPackage.Literals.EQUIPMENT__VENDOR), MODEL(OpsPackage.Literals.EQUIPMENT__MODEL),
        SERIAL_NUMBER(OpsPackage.Literals.EQUIPMENT__SERIAL_NUMBER),
        SOFTWARE_VERSION(OpsPackage.Literals.EQUIPMENT__SOFTWARE_VERSION),
        LOCATION(OpsPackage.Literals.EQUIPMENT__LOCATION);

        final EStructuralFeature feature;

        Column(EStructuralFeature feature) {
            this.feature = feature;
        }

        public String header() {
            return name().toLowerCase();
        }

        static Column of(EStructuralFeature feature) {
            for (Column column : values()) {
                if (column.feature == feature) {
                    return column;
                }
            }
            return null;
        }
    }

    /** Customers read from a file, with the row each object came from (for error messages). */
    public record Parsed(List<Customer> customers, Map<EObject, Integer> rows) {

        /** @return an error naming the row and column of the object's feature */
        public CsvImportException error(EObject object, EStructuralFeature feature, String problem) {
            Integer row = rows.get(object);
            Column column = feature == null ? null : Column.of(feature);
            String name = column == null ? (feature == null ? "-" : feature.getName()) : column.header();
            return new CsvImportException(row == null ? 0 : row, name, Messages.format("cell", row, name, problem));
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final OpsFactory F = OpsFactory.eINSTANCE;

    private CustomerCsv() {
    }

    public static String expectedHeader() {
        return String.join(",", Arrays.stream(Column.values()).map(Column::header).toList());
    }

    /** Writes the customers with their sites and equipment. */
    public static void write(List<Customer> customers, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(Arrays.stream(Column.values()).map(Column::header).toList());
            for (Customer customer : customers) {
                if (customer.getSites().isEmpty()) {
                    printer.printRecord(row(customer, null, null));
                }
                for (Site site : customer.getSites()) {
                    if (site.getEquipment().isEmpty()) {
                        printer.printRecord(row(customer, site, null));
                    }
                    for (Equipment equipment : site.getEquipment()) {
                        printer.printRecord(row(customer, site, equipment));
                    }
                }
            }
        }
    }

    private static List<String> row(Customer customer, Site site, Equipment equipment) {
        return List.of(customer.getCode(), customer.getName(), customer.getIndustry().getLiteral(),
                site == null ? "" : text(site.getName()), site == null ? "" : text(site.getAddress()),
                site == null ? "" : text(site.getCity()), equipment == null ? "" : text(equipment.getVendor()),
                equipment == null ? "" : text(equipment.getModel()), equipment == null ? "" : text(equipment.getSerialNumber()),
                equipment == null ? "" : text(equipment.getSoftwareVersion()), equipment == null ? "" : text(equipment.getLocation()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Reads a whole file.
     *
     * @throws CsvImportException for the first problem: encoding, header, a cell, or a validation rule
     */
    public static Parsed read(byte[] content) throws CsvImportException {
        String text = decode(content);
        if (text.isBlank()) {
            throw new CsvImportException(0, null, Messages.format("empty"));
        }
        List<CSVRecord> records;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CsvImportException(0, null, Messages.format("malformed", lineOf(e), e.getMessage()));
        }
        Map<Column, Integer> index = header(records.get(0));
        Map<String, Customer> customers = new LinkedHashMap<>();
        Map<EObject, Integer> rows = new IdentityHashMap<>();
        Map<Customer, Map<String, Site>> sites = new IdentityHashMap<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            int row = r + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // an empty line
            }
            String code = cell(record, index, Column.CUSTOMER_CODE);
            if (code.isEmpty()) {
                throw cellError(row, Column.CUSTOMER_CODE, Messages.format("required"));
            }
            Customer customer = customers.get(code);
            String name = cell(record, index, Column.CUSTOMER_NAME);
            if (customer == null) {
                customer = F.createCustomer();
                customer.setCode(code);
                customer.setName(name);
                String industry = cell(record, index, Column.INDUSTRY);
                if (!industry.isEmpty()) {
                    Industry value = Industry.get(industry.toLowerCase());
                    if (value == null) {
                        throw cellError(row, Column.INDUSTRY, Messages.format("unknownIndustry", industry,
                                Industry.VALUES.stream().map(Industry::getLiteral).toList()));
                    }
                    customer.setIndustry(value);
                }
                customers.put(code, customer);
                rows.put(customer, row);
                sites.put(customer, new LinkedHashMap<>());
            } else if (!name.isEmpty() && !name.equals(customer.getName())) {
                throw cellError(row, Column.CUSTOMER_NAME, Messages.format("conflictingName", code, customer.getName(), name));
            }
            String siteName = cell(record, index, Column.SITE_NAME);
            String vendor = cell(record, index, Column.VENDOR);
            if (siteName.isEmpty()) {
                if (!vendor.isEmpty()) {
                    throw cellError(row, Column.SITE_NAME, Messages.format("siteWithoutName"));
                }
                continue;
            }
            Site site = sites.get(customer).get(siteName);
            if (site == null) {
                site = F.createSite();
                site.setName(siteName);
                site.setAddress(emptyToNull(cell(record, index, Column.SITE_ADDRESS)));
                site.setCity(emptyToNull(cell(record, index, Column.SITE_CITY)));
                customer.getSites().add(site);
                sites.get(customer).put(siteName, site);
                rows.put(site, row);
            }
            if (vendor.isEmpty() && cell(record, index, Column.SERIAL_NUMBER).isEmpty()) {
                continue;
            }
            Equipment equipment = F.createEquipment();
            equipment.setVendor(emptyToNull(vendor));
            equipment.setModel(emptyToNull(cell(record, index, Column.MODEL)));
            equipment.setSerialNumber(emptyToNull(cell(record, index, Column.SERIAL_NUMBER)));
            equipment.setSoftwareVersion(emptyToNull(cell(record, index, Column.SOFTWARE_VERSION)));
            equipment.setLocation(emptyToNull(cell(record, index, Column.LOCATION)));
            site.getEquipment().add(equipment);
            rows.put(equipment, row);
        }
        Parsed parsed = new Parsed(new ArrayList<>(customers.values()), rows);
        for (Customer customer : parsed.customers()) {
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(customer);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                Diagnostic first = firstError(diagnostic);
                EObject object = first.getData().isEmpty() ? customer : (EObject) first.getData().get(0);
                EStructuralFeature feature = first.getData().size() > 1 && first.getData().get(1) instanceof EStructuralFeature f ? f : null;
                throw parsed.error(object, feature, first.getMessage());
            }
        }
        return parsed;
    }

    private static Diagnostic firstError(Diagnostic diagnostic) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR) {
                return child.getChildren().isEmpty() ? child : firstError(child);
            }
        }
        return diagnostic;
    }

    private static Map<Column, Integer> header(CSVRecord header) throws CsvImportException {
        Map<Column, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            Column column = Arrays.stream(Column.values()).filter(c -> c.header().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                throw new CsvImportException(1, name, Messages.format("unknownColumn", name, expectedHeader()));
            }
            index.put(column, i);
        }
        for (Column required : List.of(Column.CUSTOMER_CODE, Column.CUSTOMER_NAME)) {
            if (!index.containsKey(required)) {
                throw new CsvImportException(1, required.header(), Messages.format("missingColumn", required.header(), expectedHeader()));
            }
        }
        return index;
    }

    private static String cell(CSVRecord record, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).trim();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static CsvImportException cellError(int row, Column column, String problem) {
        return new CsvImportException(row, column.header(), Messages.format("cell", row, column.header(), problem));
    }

    private static String decode(byte[] content) throws CsvImportException {
        try {
            return Utf8Text.decode(content);
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new CsvImportException(e.line(), null, Messages.format("encoding", e.line()));
        }
    }

    private static long lineOf(Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
