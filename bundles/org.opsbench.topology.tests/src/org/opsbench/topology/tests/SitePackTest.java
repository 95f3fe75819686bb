package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.OpsFactory;
import org.opsbench.reports.PdfReports;
import org.opsbench.reports.Report;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.SitePack;
import org.opsbench.topology.model.AddressRange;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.RangePurpose;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** The site pack: the diagram's picture, its address plan, devices and links, laid out as a real PDF. */
class SitePackTest {

    /** A 4 x 3 pixel PNG, standing in for the picture the editor draws. */
    private static final byte[] PICTURE = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGP438AARww4OQBqQBH1OV4fMAAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    @Test
    void aSitePackHoldsThePictureTheAddressPlanTheDevicesAndEveryLinkWithItsPorts() throws Exception {
        Customer customer = OpsFactory.eINSTANCE.createCustomer();
        customer.setCode("C-0100");
        customer.setName("Yunzhou Water Group");
        Equipment lanting = OpsFactory.eINSTANCE.createEquipment();
        lanting.setVendor("Lanting");
        lanting.setModel("LT-S5720-28X");
        lanting.setSerialNumber("LT2026A0042");
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Pumping station 3");
        diagram.setCustomer(customer);
        DiagramEditing editing = new DiagramEditing(diagram);
        Zone lan = editing.addZone("Control LAN", ZoneKind.ZONE, "10.3.1.0/24", 0, 100, 400, 300);
        Device router = editing.addDevice(DeviceTypes.find("router"), "gw-03", 100, 0);
        Device core = editing.addDevice(DeviceTypes.find("switch"), "sw-03", 100, 150);
        editing.putInZone(List.of(core), lan);
        editing.setManagementIp(core, "10.3.1.2");
        editing.linkEquipment(core, lanting);
        editing.connect(router.getPorts().get(1), core.getPorts().get(24));
        AddressRange wan = TopologyFactory.eINSTANCE.createAddressRange();
        wan.setPurpose(RangePurpose.WAN);
        wan.setCidr("172.16.30.0/30");
        wan.setNote("leased line to head office");
        diagram.getAddressPlan().add(wan);

        Report report = SitePack.report(diagram, PICTURE, 4, 3);
        assertEquals("Site pack: Pumping station 3", report.title());
        assertEquals(1, report.figures().size());
        Path pdf = folder.resolve("site-pack.pdf");
        PdfReports.write(report, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("C-0100 Yunzhou Water Group", "Network diagram Pumping station 3: 2 devices, 1 links",
                    "IP address plan", "WAN 172.16.30.0/30 leased line to head office", "Zone Control LAN 10.3.1.0/24",
                    "sw-03 Switch 10.3.1.2 Control LAN Lanting LT-S5720-28X · LT2026A0042", "gw-03 GE0/0/1 sw-03 XGE1/0/1 copper")) {
                assertTrue(text.contains(expected), "\"" + expected + "\" in: " + text);
            }
            List<COSName> images = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().isImageXObject(name)) {
                    images.add(name);
                }
            }
            assertEquals(1, images.size(), "the diagram's picture on the first page");
        }
    }
}
