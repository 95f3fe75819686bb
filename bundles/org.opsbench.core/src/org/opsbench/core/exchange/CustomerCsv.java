package org.opsbench.core.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
                    printer.printRecord(CsvCells.escapeAll(row(customer, null, null)));
                }
                for (Site site : customer.getSites()) {
                    if (site.getEquipment().isEmpty()) {
                        printer.printRecord(CsvCells.escapeAll(row(customer, site, null)));
                    }
                    for (Equipment equipment : site.getEquipment()) {
                        printer.printRecord(CsvCells.escapeAll(row(customer, site, equipment)));
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
     * Reads a whole file, strictly ({@link CsvTable}): every row has as many cells as the header,
     * each column is named once, no control characters, each text fits its database column, and a
     * vendor's serial number appears once in the whole file.
     *
     * @throws CsvImportException for the first problem: encoding, header, a cell, or a validation rule
     */
    public static Parsed read(byte[] content) throws CsvImportException {
        CsvTable table;
        try {
            table = CsvTable.read(content, Arrays.stream(Column.values()).map(Column::header).toList(),
                    List.of(Column.CUSTOMER_CODE.header(), Column.CUSTOMER_NAME.header()));
        } catch (CsvImportException e) {
            throw new CsvImportException(e.row(), e.column(), e.getMessage() + " " + Messages.format("nothingImported"));
        }
        Map<String, Customer> customers = new LinkedHashMap<>();
        Map<EObject, Integer> rows = new IdentityHashMap<>();
        Map<Customer, Map<String, Site>> sites = new IdentityHashMap<>();
        Map<String, Integer> serials = new HashMap<>();
        for (CsvTable.Row record : table.rows()) {
            int row = record.line();
            String code = cell(record, Column.CUSTOMER_CODE);
            if (code.isEmpty()) {
                throw cellError(row, Column.CUSTOMER_CODE, Messages.format("required"));
            }
            Customer customer = customers.get(code);
            String name = cell(record, Column.CUSTOMER_NAME);
            if (customer == null) {
                customer = F.createCustomer();
                customer.setCode(code);
                customer.setName(name);
                String industry = cell(record, Column.INDUSTRY);
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
            String siteName = cell(record, Column.SITE_NAME);
            String vendor = cell(record, Column.VENDOR);
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
                site.setAddress(emptyToNull(cell(record, Column.SITE_ADDRESS)));
                site.setCity(emptyToNull(cell(record, Column.SITE_CITY)));
                customer.getSites().add(site);
                sites.get(customer).put(siteName, site);
                rows.put(site, row);
            }
            if (vendor.isEmpty() && cell(record, Column.SERIAL_NUMBER).isEmpty()) {
                continue;
            }
            Equipment equipment = F.createEquipment();
            equipment.setVendor(emptyToNull(vendor));
            equipment.setModel(emptyToNull(cell(record, Column.MODEL)));
            equipment.setSerialNumber(emptyToNull(cell(record, Column.SERIAL_NUMBER)));
            equipment.setSoftwareVersion(emptyToNull(cell(record, Column.SOFTWARE_VERSION)));
            equipment.setLocation(emptyToNull(cell(record, Column.LOCATION)));
            if (equipment.getSerialNumber() != null) {
                Integer earlier = serials.putIfAbsent(serialKey(equipment.getVendor(), equipment.getSerialNumber()), row);
                if (earlier != null) {
                    throw cellError(row, Column.SERIAL_NUMBER, Messages.format("serialTwice", equipment.getSerialNumber(),
                            String.valueOf(equipment.getVendor()), earlier));
                }
            }
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

    /** @return how serial numbers are compared: per vendor, ignoring the vendor's case and surrounding spaces */
    public static String serialKey(String vendor, String serial) {
        return String.valueOf(vendor).trim().toLowerCase(java.util.Locale.ROOT) + "\u0000" + String.valueOf(serial).trim();
    }

    private static Diagnostic firstError(Diagnostic diagnostic) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR) {
                return child.getChildren().isEmpty() ? child : firstError(child);
            }
        }
        return diagnostic;
    }

    private static String cell(CsvTable.Row record, Column column) {
        return record.get(column.header());
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static CsvImportException cellError(int row, Column column, String problem) {
        return new CsvImportException(row, column.header(), Messages.format("cell", row, column.header(), problem));
    }

}
