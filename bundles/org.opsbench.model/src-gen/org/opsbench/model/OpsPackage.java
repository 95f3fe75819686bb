/**
 */
package org.opsbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * OpsBench core model: the service organisation, customers with sites, contacts, contracts and equipment, engineers, users and business calendars. Modules reference it from their own packages.
 * <!-- end-model-doc -->
 * @see org.opsbench.model.OpsFactory
 * @model kind="package"
 *        annotation="http://opsbench.org/persistence schemaVersion='1'"
 * @generated
 */
public interface OpsPackage extends EPackage {
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
	String eNS_URI = "http://opsbench.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ops";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OpsPackage eINSTANCE = org.opsbench.model.impl.OpsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.ServiceCenterImpl <em>Service Center</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.ServiceCenterImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getServiceCenter()
	 * @generated
	 */
	int SERVICE_CENTER = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Hotline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__HOTLINE = 2;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__REGIONS = 3;

	/**
	 * The number of structural features of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.RegionImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__OFFICES = 2;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.OfficeImpl <em>Office</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.OfficeImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getOffice()
	 * @generated
	 */
	int OFFICE = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__NAME = 1;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__CITY = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__PHONE = 4;

	/**
	 * The feature id for the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__DEFAULT_CALENDAR = 5;

	/**
	 * The number of structural features of the '<em>Office</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Office</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.PersonImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = 2;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.ContactImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = PERSON__NAME;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = PERSON__PHONE;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = PERSON__EMAIL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TITLE = PERSON_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = PERSON_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = PERSON_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.CustomerImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INDUSTRY = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__OFFICE = 4;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SITES = 5;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACTS = 6;

	/**
	 * The feature id for the '<em><b>Contracts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTRACTS = 7;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.SiteImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CITY = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PHONE = 3;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__EMAIL = 4;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CONTACT = 5;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__EQUIPMENT = 6;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.EquipmentImpl <em>Equipment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.EquipmentImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getEquipment()
	 * @generated
	 */
	int EQUIPMENT = 7;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__VENDOR = 0;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__MODEL = 1;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SERIAL_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__LOCATION = 3;

	/**
	 * The feature id for the '<em><b>Software Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SOFTWARE_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Configuration Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__CONFIGURATION_BASELINE = 5;

	/**
	 * The number of structural features of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.ServiceContractImpl <em>Service Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.ServiceContractImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getServiceContract()
	 * @generated
	 */
	int SERVICE_CONTRACT = 8;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Coverage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__COVERAGE = 1;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__SIGNED_ON = 2;

	/**
	 * The feature id for the '<em><b>Final Acceptance Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE = 3;

	/**
	 * The feature id for the '<em><b>Hardware Warranty Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS = 4;

	/**
	 * The feature id for the '<em><b>Software Upgrade Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS = 5;

	/**
	 * The feature id for the '<em><b>Inspection Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__INSPECTION_FREQUENCY = 6;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__PHASE = 7;

	/**
	 * The feature id for the '<em><b>On Site Terms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__ON_SITE_TERMS = 8;

	/**
	 * The feature id for the '<em><b>Training Days Owed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__TRAINING_DAYS_OWED = 9;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__CALENDAR = 10;

	/**
	 * The feature id for the '<em><b>Covered Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT__COVERED_SITES = 11;

	/**
	 * The number of structural features of the '<em>Service Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Service Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CONTRACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.CertificationImpl <em>Certification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.CertificationImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getCertification()
	 * @generated
	 */
	int CERTIFICATION = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__ISSUER = 1;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__VALID_UNTIL = 2;

	/**
	 * The number of structural features of the '<em>Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.EngineerImpl <em>Engineer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.EngineerImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getEngineer()
	 * @generated
	 */
	int ENGINEER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__NAME = PERSON__NAME;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__PHONE = PERSON__PHONE;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__EMAIL = PERSON__EMAIL;

	/**
	 * The feature id for the '<em><b>Employee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__EMPLOYEE_NUMBER = PERSON_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Skills</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__SKILLS = PERSON_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__REGION = PERSON_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__OFFICE = PERSON_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Certifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER__CERTIFICATIONS = PERSON_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Engineer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER_FEATURE_COUNT = PERSON_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Engineer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEER_OPERATION_COUNT = PERSON_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.RoleImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = 2;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.UserImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getUser()
	 * @generated
	 */
	int USER = 12;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOGIN = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_HASH = 2;

	/**
	 * The feature id for the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOCKED = 3;

	/**
	 * The feature id for the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__FAILED_LOGINS = 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = 5;

	/**
	 * The feature id for the '<em><b>Engineer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ENGINEER = 6;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__CUSTOMER = 7;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.BusinessCalendarImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getBusinessCalendar()
	 * @generated
	 */
	int BUSINESS_CALENDAR = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__TIME_ZONE = 1;

	/**
	 * The feature id for the '<em><b>Working Hours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WORKING_HOURS = 2;

	/**
	 * The feature id for the '<em><b>Holidays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__HOLIDAYS = 3;

	/**
	 * The feature id for the '<em><b>Make Up Days</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__MAKE_UP_DAYS = 4;

	/**
	 * The number of structural features of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.WorkingHoursImpl <em>Working Hours</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.WorkingHoursImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getWorkingHours()
	 * @generated
	 */
	int WORKING_HOURS = 14;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_HOURS__DAY = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_HOURS__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_HOURS__END = 2;

	/**
	 * The number of structural features of the '<em>Working Hours</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_HOURS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Working Hours</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_HOURS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.impl.CalendarDayImpl <em>Calendar Day</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.impl.CalendarDayImpl
	 * @see org.opsbench.model.impl.OpsPackageImpl#getCalendarDay()
	 * @generated
	 */
	int CALENDAR_DAY = 15;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DAY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DAY__NAME = 1;

	/**
	 * The number of structural features of the '<em>Calendar Day</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DAY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Calendar Day</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.model.Coverage <em>Coverage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.Coverage
	 * @see org.opsbench.model.impl.OpsPackageImpl#getCoverage()
	 * @generated
	 */
	int COVERAGE = 16;

	/**
	 * The meta object id for the '{@link org.opsbench.model.LifecyclePhase <em>Lifecycle Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.LifecyclePhase
	 * @see org.opsbench.model.impl.OpsPackageImpl#getLifecyclePhase()
	 * @generated
	 */
	int LIFECYCLE_PHASE = 17;

	/**
	 * The meta object id for the '{@link org.opsbench.model.InspectionFrequency <em>Inspection Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.InspectionFrequency
	 * @see org.opsbench.model.impl.OpsPackageImpl#getInspectionFrequency()
	 * @generated
	 */
	int INSPECTION_FREQUENCY = 18;

	/**
	 * The meta object id for the '{@link org.opsbench.model.Industry <em>Industry</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.Industry
	 * @see org.opsbench.model.impl.OpsPackageImpl#getIndustry()
	 * @generated
	 */
	int INDUSTRY = 19;

	/**
	 * The meta object id for the '{@link org.opsbench.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.model.Weekday
	 * @see org.opsbench.model.impl.OpsPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 20;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.opsbench.model.impl.OpsPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 21;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.opsbench.model.impl.OpsPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 22;


	/**
	 * Returns the meta object for class '{@link org.opsbench.model.ServiceCenter <em>Service Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Center</em>'.
	 * @see org.opsbench.model.ServiceCenter
	 * @generated
	 */
	EClass getServiceCenter();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceCenter#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.opsbench.model.ServiceCenter#getCode()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceCenter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.ServiceCenter#getName()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceCenter#getHotline <em>Hotline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hotline</em>'.
	 * @see org.opsbench.model.ServiceCenter#getHotline()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Hotline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.ServiceCenter#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.opsbench.model.ServiceCenter#getRegions()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Regions();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.opsbench.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Region#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.opsbench.model.Region#getCode()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Region#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Region#getName()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Region#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offices</em>'.
	 * @see org.opsbench.model.Region#getOffices()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Offices();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Office <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Office</em>'.
	 * @see org.opsbench.model.Office
	 * @generated
	 */
	EClass getOffice();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Office#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.opsbench.model.Office#getCode()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Office#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Office#getName()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Office#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.opsbench.model.Office#getCity()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_City();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Office#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.opsbench.model.Office#getAddress()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Office#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.opsbench.model.Office#getPhone()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Phone();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.Office#getDefaultCalendar <em>Default Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Calendar</em>'.
	 * @see org.opsbench.model.Office#getDefaultCalendar()
	 * @see #getOffice()
	 * @generated
	 */
	EReference getOffice_DefaultCalendar();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.opsbench.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.opsbench.model.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.opsbench.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.opsbench.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Contact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.opsbench.model.Contact#getTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Title();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.opsbench.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Customer#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.opsbench.model.Customer#getCode()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Customer#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.opsbench.model.Customer#getIndustry()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Industry();

	/**
	 * Returns the meta object for the attribute list '{@link org.opsbench.model.Customer#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.opsbench.model.Customer#getTags()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tags();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.Customer#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see org.opsbench.model.Customer#getOffice()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Office();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Customer#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.opsbench.model.Customer#getSites()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Customer#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.opsbench.model.Customer#getContacts()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Customer#getContracts <em>Contracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contracts</em>'.
	 * @see org.opsbench.model.Customer#getContracts()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Contracts();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.opsbench.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Site#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.opsbench.model.Site#getAddress()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Site#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.opsbench.model.Site#getCity()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_City();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Site#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.opsbench.model.Site#getPhone()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Site#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.opsbench.model.Site#getEmail()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Email();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.Site#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.opsbench.model.Site#getContact()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Contact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Site#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equipment</em>'.
	 * @see org.opsbench.model.Site#getEquipment()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Equipment();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Equipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equipment</em>'.
	 * @see org.opsbench.model.Equipment
	 * @generated
	 */
	EClass getEquipment();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.opsbench.model.Equipment#getVendor()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.opsbench.model.Equipment#getModel()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see org.opsbench.model.Equipment#getSerialNumber()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.opsbench.model.Equipment#getLocation()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getSoftwareVersion <em>Software Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Version</em>'.
	 * @see org.opsbench.model.Equipment#getSoftwareVersion()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_SoftwareVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Equipment#getConfigurationBaseline <em>Configuration Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Configuration Baseline</em>'.
	 * @see org.opsbench.model.Equipment#getConfigurationBaseline()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_ConfigurationBaseline();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.ServiceContract <em>Service Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Contract</em>'.
	 * @see org.opsbench.model.ServiceContract
	 * @generated
	 */
	EClass getServiceContract();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.opsbench.model.ServiceContract#getNumber()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getCoverage <em>Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coverage</em>'.
	 * @see org.opsbench.model.ServiceContract#getCoverage()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_Coverage();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.opsbench.model.ServiceContract#getSignedOn()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getFinalAcceptanceDate <em>Final Acceptance Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Acceptance Date</em>'.
	 * @see org.opsbench.model.ServiceContract#getFinalAcceptanceDate()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_FinalAcceptanceDate();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getHardwareWarrantyMonths <em>Hardware Warranty Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Warranty Months</em>'.
	 * @see org.opsbench.model.ServiceContract#getHardwareWarrantyMonths()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_HardwareWarrantyMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getSoftwareUpgradeMonths <em>Software Upgrade Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Upgrade Months</em>'.
	 * @see org.opsbench.model.ServiceContract#getSoftwareUpgradeMonths()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_SoftwareUpgradeMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getInspectionFrequency <em>Inspection Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Frequency</em>'.
	 * @see org.opsbench.model.ServiceContract#getInspectionFrequency()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_InspectionFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.opsbench.model.ServiceContract#getPhase()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getOnSiteTerms <em>On Site Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Site Terms</em>'.
	 * @see org.opsbench.model.ServiceContract#getOnSiteTerms()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_OnSiteTerms();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.ServiceContract#getTrainingDaysOwed <em>Training Days Owed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Days Owed</em>'.
	 * @see org.opsbench.model.ServiceContract#getTrainingDaysOwed()
	 * @see #getServiceContract()
	 * @generated
	 */
	EAttribute getServiceContract_TrainingDaysOwed();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.ServiceContract#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.opsbench.model.ServiceContract#getCalendar()
	 * @see #getServiceContract()
	 * @generated
	 */
	EReference getServiceContract_Calendar();

	/**
	 * Returns the meta object for the reference list '{@link org.opsbench.model.ServiceContract#getCoveredSites <em>Covered Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covered Sites</em>'.
	 * @see org.opsbench.model.ServiceContract#getCoveredSites()
	 * @see #getServiceContract()
	 * @generated
	 */
	EReference getServiceContract_CoveredSites();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Certification <em>Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certification</em>'.
	 * @see org.opsbench.model.Certification
	 * @generated
	 */
	EClass getCertification();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Certification#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Certification#getName()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Certification#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.opsbench.model.Certification#getIssuer()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Certification#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.opsbench.model.Certification#getValidUntil()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_ValidUntil();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Engineer <em>Engineer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engineer</em>'.
	 * @see org.opsbench.model.Engineer
	 * @generated
	 */
	EClass getEngineer();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Engineer#getEmployeeNumber <em>Employee Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employee Number</em>'.
	 * @see org.opsbench.model.Engineer#getEmployeeNumber()
	 * @see #getEngineer()
	 * @generated
	 */
	EAttribute getEngineer_EmployeeNumber();

	/**
	 * Returns the meta object for the attribute list '{@link org.opsbench.model.Engineer#getSkills <em>Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Skills</em>'.
	 * @see org.opsbench.model.Engineer#getSkills()
	 * @see #getEngineer()
	 * @generated
	 */
	EAttribute getEngineer_Skills();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.Engineer#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.opsbench.model.Engineer#getRegion()
	 * @see #getEngineer()
	 * @generated
	 */
	EReference getEngineer_Region();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.Engineer#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see org.opsbench.model.Engineer#getOffice()
	 * @see #getEngineer()
	 * @generated
	 */
	EReference getEngineer_Office();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.Engineer#getCertifications <em>Certifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certifications</em>'.
	 * @see org.opsbench.model.Engineer#getCertifications()
	 * @see #getEngineer()
	 * @generated
	 */
	EReference getEngineer_Certifications();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.opsbench.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opsbench.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.opsbench.model.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Permissions</em>'.
	 * @see org.opsbench.model.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Permissions();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.opsbench.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.User#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.opsbench.model.User#getLogin()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.opsbench.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.User#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.opsbench.model.User#getPasswordHash()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.User#isLocked <em>Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked</em>'.
	 * @see org.opsbench.model.User#isLocked()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Locked();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.User#getFailedLogins <em>Failed Logins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Logins</em>'.
	 * @see org.opsbench.model.User#getFailedLogins()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_FailedLogins();

	/**
	 * Returns the meta object for the reference list '{@link org.opsbench.model.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see org.opsbench.model.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Roles();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.User#getEngineer <em>Engineer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Engineer</em>'.
	 * @see org.opsbench.model.User#getEngineer()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Engineer();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.model.User#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.opsbench.model.User#getCustomer()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Customer();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.BusinessCalendar <em>Business Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Calendar</em>'.
	 * @see org.opsbench.model.BusinessCalendar
	 * @generated
	 */
	EClass getBusinessCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.BusinessCalendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.BusinessCalendar#getName()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.opsbench.model.BusinessCalendar#getTimeZone()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_TimeZone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.BusinessCalendar#getWorkingHours <em>Working Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Working Hours</em>'.
	 * @see org.opsbench.model.BusinessCalendar#getWorkingHours()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EReference getBusinessCalendar_WorkingHours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.BusinessCalendar#getHolidays <em>Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Holidays</em>'.
	 * @see org.opsbench.model.BusinessCalendar#getHolidays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EReference getBusinessCalendar_Holidays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.model.BusinessCalendar#getMakeUpDays <em>Make Up Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Make Up Days</em>'.
	 * @see org.opsbench.model.BusinessCalendar#getMakeUpDays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EReference getBusinessCalendar_MakeUpDays();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.WorkingHours <em>Working Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Working Hours</em>'.
	 * @see org.opsbench.model.WorkingHours
	 * @generated
	 */
	EClass getWorkingHours();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.WorkingHours#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see org.opsbench.model.WorkingHours#getDay()
	 * @see #getWorkingHours()
	 * @generated
	 */
	EAttribute getWorkingHours_Day();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.WorkingHours#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.opsbench.model.WorkingHours#getStart()
	 * @see #getWorkingHours()
	 * @generated
	 */
	EAttribute getWorkingHours_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.WorkingHours#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.opsbench.model.WorkingHours#getEnd()
	 * @see #getWorkingHours()
	 * @generated
	 */
	EAttribute getWorkingHours_End();

	/**
	 * Returns the meta object for class '{@link org.opsbench.model.CalendarDay <em>Calendar Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar Day</em>'.
	 * @see org.opsbench.model.CalendarDay
	 * @generated
	 */
	EClass getCalendarDay();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.CalendarDay#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.opsbench.model.CalendarDay#getDate()
	 * @see #getCalendarDay()
	 * @generated
	 */
	EAttribute getCalendarDay_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.model.CalendarDay#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.model.CalendarDay#getName()
	 * @see #getCalendarDay()
	 * @generated
	 */
	EAttribute getCalendarDay_Name();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.model.Coverage <em>Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Coverage</em>'.
	 * @see org.opsbench.model.Coverage
	 * @generated
	 */
	EEnum getCoverage();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.model.LifecyclePhase <em>Lifecycle Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Phase</em>'.
	 * @see org.opsbench.model.LifecyclePhase
	 * @generated
	 */
	EEnum getLifecyclePhase();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.model.InspectionFrequency <em>Inspection Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Inspection Frequency</em>'.
	 * @see org.opsbench.model.InspectionFrequency
	 * @generated
	 */
	EEnum getInspectionFrequency();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.model.Industry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Industry</em>'.
	 * @see org.opsbench.model.Industry
	 * @generated
	 */
	EEnum getIndustry();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.opsbench.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, stored as ISO-8601 text (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A wall-clock time of day, stored as ISO-8601 text (HH:mm).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OpsFactory getOpsFactory();

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
		 * The meta object literal for the '{@link org.opsbench.model.impl.ServiceCenterImpl <em>Service Center</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.ServiceCenterImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getServiceCenter()
		 * @generated
		 */
		EClass SERVICE_CENTER = eINSTANCE.getServiceCenter();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__CODE = eINSTANCE.getServiceCenter_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__NAME = eINSTANCE.getServiceCenter_Name();

		/**
		 * The meta object literal for the '<em><b>Hotline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__HOTLINE = eINSTANCE.getServiceCenter_Hotline();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__REGIONS = eINSTANCE.getServiceCenter_Regions();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.RegionImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__CODE = eINSTANCE.getRegion_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__NAME = eINSTANCE.getRegion_Name();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__OFFICES = eINSTANCE.getRegion_Offices();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.OfficeImpl <em>Office</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.OfficeImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getOffice()
		 * @generated
		 */
		EClass OFFICE = eINSTANCE.getOffice();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__CODE = eINSTANCE.getOffice_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__NAME = eINSTANCE.getOffice_Name();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__CITY = eINSTANCE.getOffice_City();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__ADDRESS = eINSTANCE.getOffice_Address();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__PHONE = eINSTANCE.getOffice_Phone();

		/**
		 * The meta object literal for the '<em><b>Default Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFICE__DEFAULT_CALENDAR = eINSTANCE.getOffice_DefaultCalendar();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.PersonImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.ContactImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TITLE = eINSTANCE.getContact_Title();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.CustomerImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CODE = eINSTANCE.getCustomer_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__INDUSTRY = eINSTANCE.getCustomer_Industry();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TAGS = eINSTANCE.getCustomer_Tags();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__OFFICE = eINSTANCE.getCustomer_Office();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SITES = eINSTANCE.getCustomer_Sites();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__CONTACTS = eINSTANCE.getCustomer_Contacts();

		/**
		 * The meta object literal for the '<em><b>Contracts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__CONTRACTS = eINSTANCE.getCustomer_Contracts();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.SiteImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ADDRESS = eINSTANCE.getSite_Address();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CITY = eINSTANCE.getSite_City();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__PHONE = eINSTANCE.getSite_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__EMAIL = eINSTANCE.getSite_Email();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CONTACT = eINSTANCE.getSite_Contact();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__EQUIPMENT = eINSTANCE.getSite_Equipment();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.EquipmentImpl <em>Equipment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.EquipmentImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getEquipment()
		 * @generated
		 */
		EClass EQUIPMENT = eINSTANCE.getEquipment();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__VENDOR = eINSTANCE.getEquipment_Vendor();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__MODEL = eINSTANCE.getEquipment_Model();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__SERIAL_NUMBER = eINSTANCE.getEquipment_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__LOCATION = eINSTANCE.getEquipment_Location();

		/**
		 * The meta object literal for the '<em><b>Software Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__SOFTWARE_VERSION = eINSTANCE.getEquipment_SoftwareVersion();

		/**
		 * The meta object literal for the '<em><b>Configuration Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__CONFIGURATION_BASELINE = eINSTANCE.getEquipment_ConfigurationBaseline();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.ServiceContractImpl <em>Service Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.ServiceContractImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getServiceContract()
		 * @generated
		 */
		EClass SERVICE_CONTRACT = eINSTANCE.getServiceContract();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__NUMBER = eINSTANCE.getServiceContract_Number();

		/**
		 * The meta object literal for the '<em><b>Coverage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__COVERAGE = eINSTANCE.getServiceContract_Coverage();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__SIGNED_ON = eINSTANCE.getServiceContract_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Final Acceptance Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE = eINSTANCE.getServiceContract_FinalAcceptanceDate();

		/**
		 * The meta object literal for the '<em><b>Hardware Warranty Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS = eINSTANCE.getServiceContract_HardwareWarrantyMonths();

		/**
		 * The meta object literal for the '<em><b>Software Upgrade Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS = eINSTANCE.getServiceContract_SoftwareUpgradeMonths();

		/**
		 * The meta object literal for the '<em><b>Inspection Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__INSPECTION_FREQUENCY = eINSTANCE.getServiceContract_InspectionFrequency();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__PHASE = eINSTANCE.getServiceContract_Phase();

		/**
		 * The meta object literal for the '<em><b>On Site Terms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__ON_SITE_TERMS = eINSTANCE.getServiceContract_OnSiteTerms();

		/**
		 * The meta object literal for the '<em><b>Training Days Owed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CONTRACT__TRAINING_DAYS_OWED = eINSTANCE.getServiceContract_TrainingDaysOwed();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CONTRACT__CALENDAR = eINSTANCE.getServiceContract_Calendar();

		/**
		 * The meta object literal for the '<em><b>Covered Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CONTRACT__COVERED_SITES = eINSTANCE.getServiceContract_CoveredSites();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.CertificationImpl <em>Certification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.CertificationImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getCertification()
		 * @generated
		 */
		EClass CERTIFICATION = eINSTANCE.getCertification();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__NAME = eINSTANCE.getCertification_Name();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__ISSUER = eINSTANCE.getCertification_Issuer();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__VALID_UNTIL = eINSTANCE.getCertification_ValidUntil();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.EngineerImpl <em>Engineer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.EngineerImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getEngineer()
		 * @generated
		 */
		EClass ENGINEER = eINSTANCE.getEngineer();

		/**
		 * The meta object literal for the '<em><b>Employee Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEER__EMPLOYEE_NUMBER = eINSTANCE.getEngineer_EmployeeNumber();

		/**
		 * The meta object literal for the '<em><b>Skills</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEER__SKILLS = eINSTANCE.getEngineer_Skills();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGINEER__REGION = eINSTANCE.getEngineer_Region();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGINEER__OFFICE = eINSTANCE.getEngineer_Office();

		/**
		 * The meta object literal for the '<em><b>Certifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGINEER__CERTIFICATIONS = eINSTANCE.getEngineer_Certifications();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.RoleImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.UserImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOGIN = eINSTANCE.getUser_Login();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_HASH = eINSTANCE.getUser_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOCKED = eINSTANCE.getUser_Locked();

		/**
		 * The meta object literal for the '<em><b>Failed Logins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__FAILED_LOGINS = eINSTANCE.getUser_FailedLogins();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '<em><b>Engineer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__ENGINEER = eINSTANCE.getUser_Engineer();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__CUSTOMER = eINSTANCE.getUser_Customer();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.BusinessCalendarImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getBusinessCalendar()
		 * @generated
		 */
		EClass BUSINESS_CALENDAR = eINSTANCE.getBusinessCalendar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__NAME = eINSTANCE.getBusinessCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__TIME_ZONE = eINSTANCE.getBusinessCalendar_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Working Hours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_CALENDAR__WORKING_HOURS = eINSTANCE.getBusinessCalendar_WorkingHours();

		/**
		 * The meta object literal for the '<em><b>Holidays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_CALENDAR__HOLIDAYS = eINSTANCE.getBusinessCalendar_Holidays();

		/**
		 * The meta object literal for the '<em><b>Make Up Days</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_CALENDAR__MAKE_UP_DAYS = eINSTANCE.getBusinessCalendar_MakeUpDays();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.WorkingHoursImpl <em>Working Hours</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.WorkingHoursImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getWorkingHours()
		 * @generated
		 */
		EClass WORKING_HOURS = eINSTANCE.getWorkingHours();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_HOURS__DAY = eINSTANCE.getWorkingHours_Day();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_HOURS__START = eINSTANCE.getWorkingHours_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_HOURS__END = eINSTANCE.getWorkingHours_End();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.impl.CalendarDayImpl <em>Calendar Day</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.impl.CalendarDayImpl
		 * @see org.opsbench.model.impl.OpsPackageImpl#getCalendarDay()
		 * @generated
		 */
		EClass CALENDAR_DAY = eINSTANCE.getCalendarDay();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DAY__DATE = eINSTANCE.getCalendarDay_Date();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DAY__NAME = eINSTANCE.getCalendarDay_Name();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.Coverage <em>Coverage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.Coverage
		 * @see org.opsbench.model.impl.OpsPackageImpl#getCoverage()
		 * @generated
		 */
		EEnum COVERAGE = eINSTANCE.getCoverage();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.LifecyclePhase <em>Lifecycle Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.LifecyclePhase
		 * @see org.opsbench.model.impl.OpsPackageImpl#getLifecyclePhase()
		 * @generated
		 */
		EEnum LIFECYCLE_PHASE = eINSTANCE.getLifecyclePhase();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.InspectionFrequency <em>Inspection Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.InspectionFrequency
		 * @see org.opsbench.model.impl.OpsPackageImpl#getInspectionFrequency()
		 * @generated
		 */
		EEnum INSPECTION_FREQUENCY = eINSTANCE.getInspectionFrequency();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.Industry <em>Industry</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.Industry
		 * @see org.opsbench.model.impl.OpsPackageImpl#getIndustry()
		 * @generated
		 */
		EEnum INDUSTRY = eINSTANCE.getIndustry();

		/**
		 * The meta object literal for the '{@link org.opsbench.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.model.Weekday
		 * @see org.opsbench.model.impl.OpsPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.opsbench.model.impl.OpsPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.opsbench.model.impl.OpsPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

	}

} //OpsPackage
