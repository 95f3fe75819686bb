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
}
