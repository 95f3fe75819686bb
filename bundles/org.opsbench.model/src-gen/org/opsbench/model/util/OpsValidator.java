/**
 */
package org.opsbench.model.util;

import java.time.LocalDate;
import java.time.LocalTime;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.opsbench.model.*;

import org.opsbench.model.validation.ModelRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.opsbench.model.OpsPackage
 * @generated
 */
public class OpsValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final OpsValidator INSTANCE = new OpsValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.opsbench.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpsValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return OpsPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case OpsPackage.SERVICE_CENTER:
				return validateServiceCenter((ServiceCenter)value, diagnostics, context);
			case OpsPackage.REGION:
				return validateRegion((Region)value, diagnostics, context);
			case OpsPackage.OFFICE:
				return validateOffice((Office)value, diagnostics, context);
			case OpsPackage.PERSON:
				return validatePerson((Person)value, diagnostics, context);
			case OpsPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case OpsPackage.CUSTOMER:
				return validateCustomer((Customer)value, diagnostics, context);
			case OpsPackage.SITE:
				return validateSite((Site)value, diagnostics, context);
			case OpsPackage.EQUIPMENT:
				return validateEquipment((Equipment)value, diagnostics, context);
			case OpsPackage.SERVICE_CONTRACT:
				return validateServiceContract((ServiceContract)value, diagnostics, context);
			case OpsPackage.CERTIFICATION:
				return validateCertification((Certification)value, diagnostics, context);
			case OpsPackage.ENGINEER:
				return validateEngineer((Engineer)value, diagnostics, context);
			case OpsPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case OpsPackage.USER:
				return validateUser((User)value, diagnostics, context);
			case OpsPackage.BUSINESS_CALENDAR:
				return validateBusinessCalendar((BusinessCalendar)value, diagnostics, context);
			case OpsPackage.WORKING_HOURS:
				return validateWorkingHours((WorkingHours)value, diagnostics, context);
			case OpsPackage.CALENDAR_DAY:
				return validateCalendarDay((CalendarDay)value, diagnostics, context);
			case OpsPackage.COVERAGE:
				return validateCoverage((Coverage)value, diagnostics, context);
			case OpsPackage.LIFECYCLE_PHASE:
				return validateLifecyclePhase((LifecyclePhase)value, diagnostics, context);
			case OpsPackage.INSPECTION_FREQUENCY:
				return validateInspectionFrequency((InspectionFrequency)value, diagnostics, context);
			case OpsPackage.INDUSTRY:
				return validateIndustry((Industry)value, diagnostics, context);
			case OpsPackage.WEEKDAY:
				return validateWeekday((Weekday)value, diagnostics, context);
			case OpsPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case OpsPackage.LOCAL_TIME:
				return validateLocalTime((LocalTime)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * Every value also fits its database column (ModelRules.fitsColumn).
	 * @generated NOT
	 */
	@Override
	protected boolean validate_DataValueConforms(EObject eObject, org.eclipse.emf.ecore.EAttribute eAttribute, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate_DataValueConforms(eObject, eAttribute, diagnostics, context);
		return ModelRules.fitsColumn(eObject, eAttribute, diagnostics) && valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceCenter(ServiceCenter serviceCenter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(serviceCenter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegion(Region region, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(region, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOffice(Office office, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(office, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(office, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(office, diagnostics, context);
		if (result || diagnostics != null) result &= validateOffice_validPhone(office, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validPhone constraint of '<em>Office</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOffice_validPhone(Office office, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validPhone(office, office.getPhone(), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(person, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validEmail(person, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validPhone(person, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validEmail constraint of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePerson_validEmail(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validEmail(person, person.getEmail(), diagnostics, context);
	}

	/**
	 * Validates the validPhone constraint of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePerson_validPhone(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validPhone(person, person.getPhone(), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(contact, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validEmail(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validPhone(contact, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomer(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(customer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomer_serialUniquePerVendor(customer, diagnostics, context);
		return result;
	}

	/**
	 * Validates the serialUniquePerVendor constraint of '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCustomer_serialUniquePerVendor(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.serialUniquePerVendor(customer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(site, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validateSite_validEmail(site, diagnostics, context);
		if (result || diagnostics != null) result &= validateSite_validPhone(site, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validEmail constraint of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSite_validEmail(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validEmail(site, site.getEmail(), diagnostics, context);
	}

	/**
	 * Validates the validPhone constraint of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSite_validPhone(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validPhone(site, site.getPhone(), diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipment(Equipment equipment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(equipment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceContract(ServiceContract serviceContract, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceContract, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceContract, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceContract_acceptanceNotBeforeSigning(serviceContract, diagnostics, context);
		return result;
	}

	/**
	 * Validates the acceptanceNotBeforeSigning constraint of '<em>Service Contract</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateServiceContract_acceptanceNotBeforeSigning(ServiceContract serviceContract, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.acceptanceNotBeforeSigning(serviceContract, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCertification(Certification certification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(certification, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineer(Engineer engineer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(engineer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validEmail(engineer, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validPhone(engineer, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(role, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUser(User user, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(user, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessCalendar(BusinessCalendar businessCalendar, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(businessCalendar, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validateBusinessCalendar_noDayBothHolidayAndMakeUpDay(businessCalendar, diagnostics, context);
		if (result || diagnostics != null) result &= validateBusinessCalendar_validTimeZone(businessCalendar, diagnostics, context);
		return result;
	}

	/**
	 * Validates the noDayBothHolidayAndMakeUpDay constraint of '<em>Business Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBusinessCalendar_noDayBothHolidayAndMakeUpDay(BusinessCalendar businessCalendar, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.noDayBothHolidayAndMakeUpDay(businessCalendar, diagnostics, context);
	}

	/**
	 * Validates the validTimeZone constraint of '<em>Business Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBusinessCalendar_validTimeZone(BusinessCalendar businessCalendar, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.validTimeZone(businessCalendar, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkingHours(WorkingHours workingHours, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workingHours, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workingHours, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkingHours_endAfterStart(workingHours, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endAfterStart constraint of '<em>Working Hours</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWorkingHours_endAfterStart(WorkingHours workingHours, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.endAfterStart(workingHours, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalendarDay(CalendarDay calendarDay, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(calendarDay, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoverage(Coverage coverage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifecyclePhase(LifecyclePhase lifecyclePhase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInspectionFrequency(InspectionFrequency inspectionFrequency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndustry(Industry industry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeekday(Weekday weekday, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalTime(LocalTime localTime, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Required single-valued features must be set (and text not blank), reported in the
	 * user's language next to the field instead of EMF's technical multiplicity message.
	 */
	@Override
	protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature eStructuralFeature,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!eStructuralFeature.isMany() && eStructuralFeature.getLowerBound() > 0) {
			return ModelRules.required(eObject, eStructuralFeature, diagnostics, context);
		}
		return super.validate_MultiplicityConforms(eObject, eStructuralFeature, diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * OpsBench's own messages come from ModelRules (English and Chinese); EMF's locator
	 * serves only EMF's generic diagnostics.
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return super.getResourceLocator();
	}

} //OpsValidator
