/**
 */
package org.opsbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Coverage;
import org.opsbench.model.InspectionFrequency;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getCoverage <em>Coverage</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getFinalAcceptanceDate <em>Final Acceptance Date</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getHardwareWarrantyMonths <em>Hardware Warranty Months</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getSoftwareUpgradeMonths <em>Software Upgrade Months</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getInspectionFrequency <em>Inspection Frequency</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getOnSiteTerms <em>On Site Terms</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getTrainingDaysOwed <em>Training Days Owed</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.opsbench.model.impl.ServiceContractImpl#getCoveredSites <em>Covered Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceContractImpl extends PersistentObject implements ServiceContract {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoverage() <em>Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverage()
	 * @generated
	 * @ordered
	 */
	protected static final Coverage COVERAGE_EDEFAULT = Coverage.FIVE_BY_EIGHT;

	/**
	 * The cached value of the '{@link #getCoverage() <em>Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverage()
	 * @generated
	 * @ordered
	 */
	protected Coverage coverage = COVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalAcceptanceDate() <em>Final Acceptance Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalAcceptanceDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FINAL_ACCEPTANCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinalAcceptanceDate() <em>Final Acceptance Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalAcceptanceDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate finalAcceptanceDate = FINAL_ACCEPTANCE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareWarrantyMonths() <em>Hardware Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareWarrantyMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int HARDWARE_WARRANTY_MONTHS_EDEFAULT = 36;

	/**
	 * The cached value of the '{@link #getHardwareWarrantyMonths() <em>Hardware Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareWarrantyMonths()
	 * @generated
	 * @ordered
	 */
	protected int hardwareWarrantyMonths = HARDWARE_WARRANTY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftwareUpgradeMonths() <em>Software Upgrade Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareUpgradeMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int SOFTWARE_UPGRADE_MONTHS_EDEFAULT = 36;

	/**
	 * The cached value of the '{@link #getSoftwareUpgradeMonths() <em>Software Upgrade Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareUpgradeMonths()
	 * @generated
	 * @ordered
	 */
	protected int softwareUpgradeMonths = SOFTWARE_UPGRADE_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInspectionFrequency() <em>Inspection Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionFrequency INSPECTION_FREQUENCY_EDEFAULT = InspectionFrequency.QUARTERLY;

	/**
	 * The cached value of the '{@link #getInspectionFrequency() <em>Inspection Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionFrequency()
	 * @generated
	 * @ordered
	 */
	protected InspectionFrequency inspectionFrequency = INSPECTION_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final LifecyclePhase PHASE_EDEFAULT = LifecyclePhase.SUPPLY_AND_ACCEPTANCE;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected LifecyclePhase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnSiteTerms() <em>On Site Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnSiteTerms()
	 * @generated
	 * @ordered
	 */
	protected static final String ON_SITE_TERMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnSiteTerms() <em>On Site Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnSiteTerms()
	 * @generated
	 * @ordered
	 */
	protected String onSiteTerms = ON_SITE_TERMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainingDaysOwed() <em>Training Days Owed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingDaysOwed()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAINING_DAYS_OWED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainingDaysOwed() <em>Training Days Owed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingDaysOwed()
	 * @generated
	 * @ordered
	 */
	protected int trainingDaysOwed = TRAINING_DAYS_OWED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected BusinessCalendar calendar;

	/**
	 * The cached value of the '{@link #getCoveredSites() <em>Covered Sites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> coveredSites;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OpsPackage.Literals.SERVICE_CONTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coverage getCoverage() {
		return coverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverage(Coverage newCoverage) {
		Coverage oldCoverage = coverage;
		coverage = newCoverage == null ? COVERAGE_EDEFAULT : newCoverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__COVERAGE, oldCoverage, coverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFinalAcceptanceDate() {
		return finalAcceptanceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalAcceptanceDate(LocalDate newFinalAcceptanceDate) {
		LocalDate oldFinalAcceptanceDate = finalAcceptanceDate;
		finalAcceptanceDate = newFinalAcceptanceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE, oldFinalAcceptanceDate, finalAcceptanceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHardwareWarrantyMonths() {
		return hardwareWarrantyMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareWarrantyMonths(int newHardwareWarrantyMonths) {
		int oldHardwareWarrantyMonths = hardwareWarrantyMonths;
		hardwareWarrantyMonths = newHardwareWarrantyMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS, oldHardwareWarrantyMonths, hardwareWarrantyMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSoftwareUpgradeMonths() {
		return softwareUpgradeMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareUpgradeMonths(int newSoftwareUpgradeMonths) {
		int oldSoftwareUpgradeMonths = softwareUpgradeMonths;
		softwareUpgradeMonths = newSoftwareUpgradeMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS, oldSoftwareUpgradeMonths, softwareUpgradeMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionFrequency getInspectionFrequency() {
		return inspectionFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectionFrequency(InspectionFrequency newInspectionFrequency) {
		InspectionFrequency oldInspectionFrequency = inspectionFrequency;
		inspectionFrequency = newInspectionFrequency == null ? INSPECTION_FREQUENCY_EDEFAULT : newInspectionFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__INSPECTION_FREQUENCY, oldInspectionFrequency, inspectionFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecyclePhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(LifecyclePhase newPhase) {
		LifecyclePhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnSiteTerms() {
		return onSiteTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnSiteTerms(String newOnSiteTerms) {
		String oldOnSiteTerms = onSiteTerms;
		onSiteTerms = newOnSiteTerms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__ON_SITE_TERMS, oldOnSiteTerms, onSiteTerms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainingDaysOwed() {
		return trainingDaysOwed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingDaysOwed(int newTrainingDaysOwed) {
		int oldTrainingDaysOwed = trainingDaysOwed;
		trainingDaysOwed = newTrainingDaysOwed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__TRAINING_DAYS_OWED, oldTrainingDaysOwed, trainingDaysOwed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar getCalendar() {
		if (calendar != null && calendar.eIsProxy()) {
			InternalEObject oldCalendar = (InternalEObject)calendar;
			calendar = (BusinessCalendar)eResolveProxy(oldCalendar);
			if (calendar != oldCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OpsPackage.SERVICE_CONTRACT__CALENDAR, oldCalendar, calendar));
			}
		}
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessCalendar basicGetCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(BusinessCalendar newCalendar) {
		BusinessCalendar oldCalendar = calendar;
		calendar = newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OpsPackage.SERVICE_CONTRACT__CALENDAR, oldCalendar, calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getCoveredSites() {
		if (coveredSites == null) {
			coveredSites = new EObjectResolvingEList<Site>(Site.class, this, OpsPackage.SERVICE_CONTRACT__COVERED_SITES);
		}
		return coveredSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OpsPackage.SERVICE_CONTRACT__NUMBER:
				return getNumber();
			case OpsPackage.SERVICE_CONTRACT__COVERAGE:
				return getCoverage();
			case OpsPackage.SERVICE_CONTRACT__SIGNED_ON:
				return getSignedOn();
			case OpsPackage.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE:
				return getFinalAcceptanceDate();
			case OpsPackage.SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS:
				return getHardwareWarrantyMonths();
			case OpsPackage.SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS:
				return getSoftwareUpgradeMonths();
			case OpsPackage.SERVICE_CONTRACT__INSPECTION_FREQUENCY:
				return getInspectionFrequency();
			case OpsPackage.SERVICE_CONTRACT__PHASE:
				return getPhase();
			case OpsPackage.SERVICE_CONTRACT__ON_SITE_TERMS:
				return getOnSiteTerms();
			case OpsPackage.SERVICE_CONTRACT__TRAINING_DAYS_OWED:
				return getTrainingDaysOwed();
			case OpsPackage.SERVICE_CONTRACT__CALENDAR:
				if (resolve) return getCalendar();
				return basicGetCalendar();
			case OpsPackage.SERVICE_CONTRACT__COVERED_SITES:
				return getCoveredSites();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OpsPackage.SERVICE_CONTRACT__NUMBER:
				setNumber((String)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__COVERAGE:
				setCoverage((Coverage)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE:
				setFinalAcceptanceDate((LocalDate)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS:
				setHardwareWarrantyMonths((Integer)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS:
				setSoftwareUpgradeMonths((Integer)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__INSPECTION_FREQUENCY:
				setInspectionFrequency((InspectionFrequency)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__PHASE:
				setPhase((LifecyclePhase)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__ON_SITE_TERMS:
				setOnSiteTerms((String)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__TRAINING_DAYS_OWED:
				setTrainingDaysOwed((Integer)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__CALENDAR:
				setCalendar((BusinessCalendar)newValue);
				return;
			case OpsPackage.SERVICE_CONTRACT__COVERED_SITES:
				getCoveredSites().clear();
				getCoveredSites().addAll((Collection<? extends Site>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OpsPackage.SERVICE_CONTRACT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__COVERAGE:
				setCoverage(COVERAGE_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE:
				setFinalAcceptanceDate(FINAL_ACCEPTANCE_DATE_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS:
				setHardwareWarrantyMonths(HARDWARE_WARRANTY_MONTHS_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS:
				setSoftwareUpgradeMonths(SOFTWARE_UPGRADE_MONTHS_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__INSPECTION_FREQUENCY:
				setInspectionFrequency(INSPECTION_FREQUENCY_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__ON_SITE_TERMS:
				setOnSiteTerms(ON_SITE_TERMS_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__TRAINING_DAYS_OWED:
				setTrainingDaysOwed(TRAINING_DAYS_OWED_EDEFAULT);
				return;
			case OpsPackage.SERVICE_CONTRACT__CALENDAR:
				setCalendar((BusinessCalendar)null);
				return;
			case OpsPackage.SERVICE_CONTRACT__COVERED_SITES:
				getCoveredSites().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OpsPackage.SERVICE_CONTRACT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case OpsPackage.SERVICE_CONTRACT__COVERAGE:
				return coverage != COVERAGE_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
			case OpsPackage.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE:
				return FINAL_ACCEPTANCE_DATE_EDEFAULT == null ? finalAcceptanceDate != null : !FINAL_ACCEPTANCE_DATE_EDEFAULT.equals(finalAcceptanceDate);
			case OpsPackage.SERVICE_CONTRACT__HARDWARE_WARRANTY_MONTHS:
				return hardwareWarrantyMonths != HARDWARE_WARRANTY_MONTHS_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__SOFTWARE_UPGRADE_MONTHS:
				return softwareUpgradeMonths != SOFTWARE_UPGRADE_MONTHS_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__INSPECTION_FREQUENCY:
				return inspectionFrequency != INSPECTION_FREQUENCY_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__PHASE:
				return phase != PHASE_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__ON_SITE_TERMS:
				return ON_SITE_TERMS_EDEFAULT == null ? onSiteTerms != null : !ON_SITE_TERMS_EDEFAULT.equals(onSiteTerms);
			case OpsPackage.SERVICE_CONTRACT__TRAINING_DAYS_OWED:
				return trainingDaysOwed != TRAINING_DAYS_OWED_EDEFAULT;
			case OpsPackage.SERVICE_CONTRACT__CALENDAR:
				return calendar != null;
			case OpsPackage.SERVICE_CONTRACT__COVERED_SITES:
				return coveredSites != null && !coveredSites.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", coverage: ");
		result.append(coverage);
		result.append(", signedOn: ");
		result.append(signedOn);
		result.append(", finalAcceptanceDate: ");
		result.append(finalAcceptanceDate);
		result.append(", hardwareWarrantyMonths: ");
		result.append(hardwareWarrantyMonths);
		result.append(", softwareUpgradeMonths: ");
		result.append(softwareUpgradeMonths);
		result.append(", inspectionFrequency: ");
		result.append(inspectionFrequency);
		result.append(", phase: ");
		result.append(phase);
		result.append(", onSiteTerms: ");
		result.append(onSiteTerms);
		result.append(", trainingDaysOwed: ");
		result.append(trainingDaysOwed);
		result.append(')');
		return result.toString();
	}

} //ServiceContractImpl
