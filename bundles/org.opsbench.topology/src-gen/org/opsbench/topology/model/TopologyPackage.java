/**
 */
package org.opsbench.topology.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Network topology: diagrams of a customer's network per site, with devices, their ports, links, zones and the IP address plan. References the core model.
 * <!-- end-model-doc -->
 * @see org.opsbench.topology.model.TopologyFactory
 * @model kind="package"
 *        annotation="http://opsbench.org/persistence schemaVersion='1'"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://opsbench.org/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = org.opsbench.topology.model.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.DiagramImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__SITE = 2;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ROUTING = 3;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ZONES = 4;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DEVICES = 5;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__LINKS = 6;

	/**
	 * The feature id for the '<em><b>Address Plan</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ADDRESS_PLAN = 7;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.ZoneImpl <em>Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.ZoneImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getZone()
	 * @generated
	 */
	int ZONE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SUBNET = 2;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__X = 3;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__Y = 4;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__WIDTH = 5;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__HEIGHT = 6;

	/**
	 * The number of structural features of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.DeviceImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Device Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DEVICE_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Management Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MANAGEMENT_IP = 2;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__EQUIPMENT = 3;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ZONE = 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__X = 5;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__Y = 6;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__WIDTH = 7;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HEIGHT = 8;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PORTS = 9;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PROPERTIES = 10;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.PortImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Media</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__MEDIA = 1;

	/**
	 * The feature id for the '<em><b>Speed Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SPEED_MBPS = 2;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.DevicePropertyImpl <em>Device Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.DevicePropertyImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDeviceProperty()
	 * @generated
	 */
	int DEVICE_PROPERTY = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Device Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Device Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.LinkImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Media</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__MEDIA = 2;

	/**
	 * The feature id for the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__BANDWIDTH_MBPS = 3;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.impl.AddressRangeImpl <em>Address Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.impl.AddressRangeImpl
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getAddressRange()
	 * @generated
	 */
	int ADDRESS_RANGE = 6;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_RANGE__PURPOSE = 0;

	/**
	 * The feature id for the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_RANGE__CIDR = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_RANGE__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Address Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_RANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Address Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.Routing
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 7;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.Media <em>Media</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.Media
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getMedia()
	 * @generated
	 */
	int MEDIA = 8;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.ZoneKind <em>Zone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.ZoneKind
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getZoneKind()
	 * @generated
	 */
	int ZONE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.opsbench.topology.model.RangePurpose <em>Range Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.topology.model.RangePurpose
	 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getRangePurpose()
	 * @generated
	 */
	int RANGE_PURPOSE = 10;


	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.opsbench.topology.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Diagram#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.topology.model.Diagram#getName()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Name();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Diagram#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.opsbench.topology.model.Diagram#getCustomer()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Diagram#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.opsbench.topology.model.Diagram#getSite()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Diagram#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.opsbench.topology.model.Diagram#getRouting()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Routing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Diagram#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Zones</em>'.
	 * @see org.opsbench.topology.model.Diagram#getZones()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Zones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Diagram#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.opsbench.topology.model.Diagram#getDevices()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Diagram#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.opsbench.topology.model.Diagram#getLinks()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Diagram#getAddressPlan <em>Address Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Address Plan</em>'.
	 * @see org.opsbench.topology.model.Diagram#getAddressPlan()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_AddressPlan();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.Zone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Zone</em>'.
	 * @see org.opsbench.topology.model.Zone
	 * @generated
	 */
	EClass getZone();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.topology.model.Zone#getName()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.opsbench.topology.model.Zone#getKind()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getSubnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet</em>'.
	 * @see org.opsbench.topology.model.Zone#getSubnet()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Subnet();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.opsbench.topology.model.Zone#getX()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_X();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.opsbench.topology.model.Zone#getY()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.opsbench.topology.model.Zone#getWidth()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Zone#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.opsbench.topology.model.Zone#getHeight()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Height();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.opsbench.topology.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getDeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Type</em>'.
	 * @see org.opsbench.topology.model.Device#getDeviceType()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DeviceType();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.topology.model.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getManagementIp <em>Management Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Ip</em>'.
	 * @see org.opsbench.topology.model.Device#getManagementIp()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_ManagementIp();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Device#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.opsbench.topology.model.Device#getEquipment()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Equipment();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Device#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see org.opsbench.topology.model.Device#getZone()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Zone();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.opsbench.topology.model.Device#getX()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_X();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.opsbench.topology.model.Device#getY()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.opsbench.topology.model.Device#getWidth()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Device#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.opsbench.topology.model.Device#getHeight()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Device#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.opsbench.topology.model.Device#getPorts()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.topology.model.Device#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.opsbench.topology.model.Device#getProperties()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Properties();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.opsbench.topology.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Port#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.topology.model.Port#getName()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Port#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media</em>'.
	 * @see org.opsbench.topology.model.Port#getMedia()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Media();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Port#getSpeedMbps <em>Speed Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Mbps</em>'.
	 * @see org.opsbench.topology.model.Port#getSpeedMbps()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_SpeedMbps();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.DeviceProperty <em>Device Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Property</em>'.
	 * @see org.opsbench.topology.model.DeviceProperty
	 * @generated
	 */
	EClass getDeviceProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.DeviceProperty#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.opsbench.topology.model.DeviceProperty#getKey()
	 * @see #getDeviceProperty()
	 * @generated
	 */
	EAttribute getDeviceProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.DeviceProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.opsbench.topology.model.DeviceProperty#getValue()
	 * @see #getDeviceProperty()
	 * @generated
	 */
	EAttribute getDeviceProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.opsbench.topology.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.opsbench.topology.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.topology.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.opsbench.topology.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Link#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media</em>'.
	 * @see org.opsbench.topology.model.Link#getMedia()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Media();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Mbps</em>'.
	 * @see org.opsbench.topology.model.Link#getBandwidthMbps()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_BandwidthMbps();

	/**
	 * Returns the meta object for class '{@link org.opsbench.topology.model.AddressRange <em>Address Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address Range</em>'.
	 * @see org.opsbench.topology.model.AddressRange
	 * @generated
	 */
	EClass getAddressRange();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.AddressRange#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.opsbench.topology.model.AddressRange#getPurpose()
	 * @see #getAddressRange()
	 * @generated
	 */
	EAttribute getAddressRange_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.AddressRange#getCidr <em>Cidr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cidr</em>'.
	 * @see org.opsbench.topology.model.AddressRange#getCidr()
	 * @see #getAddressRange()
	 * @generated
	 */
	EAttribute getAddressRange_Cidr();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.topology.model.AddressRange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.opsbench.topology.model.AddressRange#getNote()
	 * @see #getAddressRange()
	 * @generated
	 */
	EAttribute getAddressRange_Note();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.topology.model.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.opsbench.topology.model.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.topology.model.Media <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media</em>'.
	 * @see org.opsbench.topology.model.Media
	 * @generated
	 */
	EEnum getMedia();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.topology.model.ZoneKind <em>Zone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zone Kind</em>'.
	 * @see org.opsbench.topology.model.ZoneKind
	 * @generated
	 */
	EEnum getZoneKind();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.topology.model.RangePurpose <em>Range Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Range Purpose</em>'.
	 * @see org.opsbench.topology.model.RangePurpose
	 * @generated
	 */
	EEnum getRangePurpose();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.DiagramImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__NAME = eINSTANCE.getDiagram_Name();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__CUSTOMER = eINSTANCE.getDiagram_Customer();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__SITE = eINSTANCE.getDiagram_Site();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ROUTING = eINSTANCE.getDiagram_Routing();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__ZONES = eINSTANCE.getDiagram_Zones();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__DEVICES = eINSTANCE.getDiagram_Devices();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__LINKS = eINSTANCE.getDiagram_Links();

		/**
		 * The meta object literal for the '<em><b>Address Plan</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__ADDRESS_PLAN = eINSTANCE.getDiagram_AddressPlan();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.ZoneImpl <em>Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.ZoneImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getZone()
		 * @generated
		 */
		EClass ZONE = eINSTANCE.getZone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__NAME = eINSTANCE.getZone_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__KIND = eINSTANCE.getZone_Kind();

		/**
		 * The meta object literal for the '<em><b>Subnet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SUBNET = eINSTANCE.getZone_Subnet();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__X = eINSTANCE.getZone_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__Y = eINSTANCE.getZone_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__WIDTH = eINSTANCE.getZone_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__HEIGHT = eINSTANCE.getZone_Height();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.DeviceImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Device Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DEVICE_TYPE = eINSTANCE.getDevice_DeviceType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Management Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MANAGEMENT_IP = eINSTANCE.getDevice_ManagementIp();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__EQUIPMENT = eINSTANCE.getDevice_Equipment();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__ZONE = eINSTANCE.getDevice_Zone();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__X = eINSTANCE.getDevice_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__Y = eINSTANCE.getDevice_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__WIDTH = eINSTANCE.getDevice_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__HEIGHT = eINSTANCE.getDevice_Height();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__PORTS = eINSTANCE.getDevice_Ports();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__PROPERTIES = eINSTANCE.getDevice_Properties();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.PortImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NAME = eINSTANCE.getPort_Name();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__MEDIA = eINSTANCE.getPort_Media();

		/**
		 * The meta object literal for the '<em><b>Speed Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__SPEED_MBPS = eINSTANCE.getPort_SpeedMbps();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.DevicePropertyImpl <em>Device Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.DevicePropertyImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getDeviceProperty()
		 * @generated
		 */
		EClass DEVICE_PROPERTY = eINSTANCE.getDeviceProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_PROPERTY__KEY = eINSTANCE.getDeviceProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_PROPERTY__VALUE = eINSTANCE.getDeviceProperty_Value();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.LinkImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__MEDIA = eINSTANCE.getLink_Media();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__BANDWIDTH_MBPS = eINSTANCE.getLink_BandwidthMbps();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.impl.AddressRangeImpl <em>Address Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.impl.AddressRangeImpl
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getAddressRange()
		 * @generated
		 */
		EClass ADDRESS_RANGE = eINSTANCE.getAddressRange();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_RANGE__PURPOSE = eINSTANCE.getAddressRange_Purpose();

		/**
		 * The meta object literal for the '<em><b>Cidr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_RANGE__CIDR = eINSTANCE.getAddressRange_Cidr();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_RANGE__NOTE = eINSTANCE.getAddressRange_Note();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.Routing
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.Media <em>Media</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.Media
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getMedia()
		 * @generated
		 */
		EEnum MEDIA = eINSTANCE.getMedia();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.ZoneKind <em>Zone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.ZoneKind
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getZoneKind()
		 * @generated
		 */
		EEnum ZONE_KIND = eINSTANCE.getZoneKind();

		/**
		 * The meta object literal for the '{@link org.opsbench.topology.model.RangePurpose <em>Range Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.topology.model.RangePurpose
		 * @see org.opsbench.topology.model.impl.TopologyPackageImpl#getRangePurpose()
		 * @generated
		 */
		EEnum RANGE_PURPOSE = eINSTANCE.getRangePurpose();

	}

} //TopologyPackage
