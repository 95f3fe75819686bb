package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.exchange.CustomerCsv;
import org.opsbench.core.sample.SampleDataGenerator;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.core.security.PasswordHasher;
import org.opsbench.model.Customer;
import org.opsbench.model.Industry;
import org.opsbench.persistence.testing.FileMutations;

@ExtendWith(EnglishLocale.class)
class CustomerCsvTest {

    private static final String HEADER = CustomerCsv.expectedHeader() + "\n";
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void exportedCustomersReadBackTheSame() throws Exception {
        List<Customer> customers = new SampleDataGenerator(5).generate(new Sizes(1, 1, 3, 2, 3, 0), "pw".toCharArray(),
                new PasswordHasher(1_000)).customers();
        StringWriter out = new StringWriter();
        CustomerCsv.write(customers, out);
        List<Customer> read = CustomerCsv.read(utf8(out.toString())).customers();
        assertEquals(3, read.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(customers.get(i).getName(), read.get(i).getName());
            assertEquals(customers.get(i).getIndustry(), read.get(i).getIndustry());
            assertEquals(customers.get(i).getSites().get(1).getEquipment().get(2).getSerialNumber(),
                    read.get(i).getSites().get(1).getEquipment().get(2).getSerialNumber());
        }
    }

    @Test
    void chineseTextAndQuotedCommasSurviveAndABomIsAccepted() throws Exception {
        String csv = "\uFEFF" + HEADER + "C-9001,\"青河供电局, 第二分局\",energy,变电站 7,滨河路 18 号,青河,Lanting Networks,LT-GW3000,SN-1,V5.2,机房 A3\n";
        Customer customer = CustomerCsv.read(utf8(csv)).customers().get(0);
        assertEquals("青河供电局, 第二分局", customer.getName());
        assertEquals(Industry.ENERGY, customer.getIndustry());
        assertEquals("机房 A3", customer.getSites().get(0).getEquipment().get(0).getLocation());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNotGarbled() {
        byte[] gbk = (HEADER + "C-9002,青河供电局,energy,,,,,,,,\n").getBytes(Charset.forName("GBK"));
        CsvImportException refused = assertThrows(CsvImportException.class, () -> CustomerCsv.read(gbk));
        assertEquals(2, refused.row());
        assertTrue(refused.getMessage().contains("not UTF-8"), refused.getMessage());
    }

    @Test
    void anUnknownColumnIsNamedWithTheExpectedOnes() {
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8("customer_code,customer_name,colour\nC-1,A,red\n")));
        assertEquals("colour", refused.column());
        assertTrue(refused.getMessage().contains(CustomerCsv.expectedHeader()), refused.getMessage());
    }

    @Test
    void aBadCellNamesRowAndColumnAndNothingIsReturned() {
        String csv = HEADER + "C-1,Alpha Water,other,Plant,,,Lanting Networks,LT-SW5600,SN-1,,\n"
                + "C-1,Alpha Water,other,Plant,,,Lanting Networks,LT-SW5600,SN-2,,\n"
                + "C-2,Beta Grid,chemistry,,,,,,,,\n";
        CsvImportException refused = assertThrows(CsvImportException.class, () -> CustomerCsv.read(utf8(csv)));
        assertEquals(4, refused.row());
        assertEquals("industry", refused.column());
        assertTrue(refused.getMessage().startsWith("Row 4, column industry: \"chemistry\" is not an industry"), refused.getMessage());
    }

    @Test
    void modelRulesApplyToImportedRowsWithTheirRowNumbers() {
        String csv = HEADER + "C-1,Alpha Water,other,Plant,,,Lanting Networks,LT-SW5600,SN-1,,\n"
                + "C-1,,,Plant,,,Lanting Networks,LT-SW5600,SN-1,,\n";
        CsvImportException duplicate = assertThrows(CsvImportException.class, () -> CustomerCsv.read(utf8(csv)));
        assertEquals(3, duplicate.row());
        assertEquals("serial_number", duplicate.column());

        CsvImportException missing = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,Alpha Water,other,Plant,,,Lanting Networks,,SN-1,,\n")));
        assertEquals("Row 2, column model: Model is required. Nothing was imported.", missing.getMessage());
    }

    @Test
    void brokenQuotingIsReported() throws IOException {
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,\"Alpha Water,other\n")));
        assertTrue(refused.getMessage().contains("not valid CSV"), refused.getMessage());
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRefusedInsteadOfShiftingColumns() {
        // An unquoted comma in the address: every later value would move one column to the right.
        String extra = HEADER + "C-1,Alpha Water,other,Plant,12 Harbour Road, Gate 3,Qinghe,Lanting Networks,LT-SW5600,SN-1,V5,Room 1\n";
        CsvImportException refused = assertThrows(CsvImportException.class, () -> CustomerCsv.read(utf8(extra)));
        assertEquals(2, refused.row());
        assertEquals("Row 2: the row has 12 values but the header names 11 columns. A value that contains a comma must be in double"
                + " quotes. Nothing was imported.", refused.getMessage());
        CsvImportException fewer = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,Alpha Water,other\n")));
        assertEquals(2, fewer.row());
    }

    @Test
    void aColumnNamedTwiceOrWithoutANameIsRefused() {
        CsvImportException twice = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8("customer_code,customer_name,customer_name\nC-1,Alpha,Beta\n")));
        assertEquals("Row 1, column customer_name: the header names the column \"customer_name\" twice. Nothing was imported.",
                twice.getMessage());
        CsvImportException unnamed = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8("customer_code,,customer_name\nC-1,x,Alpha\n")));
        assertTrue(unnamed.getMessage().startsWith("Row 1: the header's column 2 has no name."), unnamed.getMessage());
    }

    @Test
    void controlCharactersAreRefusedWithRowAndColumn() {
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,Alpha\u0000Water,other,,,,,,,,\n")));
        assertEquals(2, refused.row());
        assertEquals("customer_name", refused.column());
        assertTrue(refused.getMessage().contains("control character U+0000"), refused.getMessage());
    }

    @Test
    void theSameSerialOfOneVendorForTwoCustomersInOneFileIsRefused() {
        String csv = HEADER + "C-1,Alpha Water,other,Plant,,,Lanting Networks,LT-SW5600,SN-77,,\n"
                + "C-2,Beta Grid,energy,Substation,,,lanting networks ,LT-SW5600,SN-77,,\n";
        CsvImportException refused = assertThrows(CsvImportException.class, () -> CustomerCsv.read(utf8(csv)));
        assertEquals(3, refused.row());
        assertEquals("serial_number", refused.column());
        assertTrue(refused.getMessage().contains("is already on row 2"), refused.getMessage());
    }

    @Test
    void aValueLongerThanItsColumnIsRefusedWithTheLimitRowAndColumn() {
        String huge = "A".repeat(10_000_000);
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,Alpha Water,other,Plant," + huge + ",,,,,,\n")));
        assertEquals("Row 2, column site_address: Address is 10,000,000 characters long; at most 255 fit. Nothing was imported.",
                refused.getMessage());
    }

    @Test
    void anUnclosedQuoteIsNamedWithItsRowInPlainWords() {
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> CustomerCsv.read(utf8(HEADER + "C-1,Alpha Water,other,,,,,,,,\nC-2,\"Beta Grid,energy,,,,,,,,\n")));
        assertEquals(3, refused.row());
        assertEquals("Row 3: this is not valid CSV: a double quote opens a value here that no double quote closes. Close it, or write"
                + " a quote inside a quoted value as two (\"\"). Nothing was imported.", refused.getMessage());
    }

    @Test
    void formulaCellsAreWrittenSafeForSpreadsheetsAndReadBackAsTheyWere() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "=cmd|'/c calc'!A1", "@SUM(A1:A2)", "+86 10 5555",
                "-5", "'=already quoted", "plain '= text");
        List<Customer> customers = new java.util.ArrayList<>();
        for (String name : formulas) {
            Customer customer = org.opsbench.model.OpsFactory.eINSTANCE.createCustomer();
            customer.setCode("C-" + customers.size());
            customer.setName(name);
            customers.add(customer);
        }
        StringWriter out = new StringWriter();
        CustomerCsv.write(customers, out);
        String written = out.toString();
        assertTrue(written.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\","), written);
        assertTrue(written.contains(",'=cmd|'/c calc'!A1,") || written.contains(",\"'=cmd|'/c calc'!A1\","), written);
        assertTrue(written.contains(",'@SUM(A1:A2),") || written.contains(",\"'@SUM(A1:A2)\","), written);
        assertTrue(written.contains(",'+86 10 5555,") && written.contains(",'-5,") && written.contains(",''=already quoted,"), written);
        for (String line : written.split("\n")) {
            String name = line.split(",", -1)[1];
            assertTrue(!name.startsWith("=") && !name.startsWith("+") && !name.startsWith("-") && !name.startsWith("@")
                    && !name.startsWith("\"="), "no cell starts a formula: " + line);
        }
        assertEquals(formulas, CustomerCsv.read(utf8(written)).customers().stream().map(Customer::getName).toList(),
                "reading our own export restores the text");
    }

    @Test
    void damagedCopiesOfAValidFileAreRefusedOrReadFaithfully() throws Exception {
        List<Customer> customers = new SampleDataGenerator(11).generate(new Sizes(1, 1, 4, 2, 2, 0), "pw".toCharArray(),
                new PasswordHasher(1_000)).customers();
        StringWriter valid = new StringWriter();
        CustomerCsv.write(customers, valid);
        FileMutations.Outcome outcome = new FileMutations(utf8(valid.toString()), 20).feed(2000, CsvImportException.class, 10, copy -> {
            List<Customer> read = CustomerCsv.read(copy).customers();
            StringWriter once = new StringWriter();
            CustomerCsv.write(read, once);
            StringWriter twice = new StringWriter();
            CustomerCsv.write(CustomerCsv.read(utf8(once.toString())).customers(), twice);
            assertEquals(once.toString(), twice.toString(), "what was read is written and read back the same");
        });
        assertTrue(outcome.refused() > 100 && outcome.accepted() > 100, "both kinds of copy were tried: " + outcome);
    }
}
