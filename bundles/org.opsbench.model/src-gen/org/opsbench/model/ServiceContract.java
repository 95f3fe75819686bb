/**
 */
package org.opsbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service contract: warranty, coverage, inspections and training owed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.ServiceContract#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getCoverage <em>Coverage</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getFinalAcceptanceDate <em>Final Acceptance Date</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getHardwareWarrantyMonths <em>Hardware Warranty Months</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getSoftwareUpgradeMonths <em>Software Upgrade Months</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getInspectionFrequency <em>Inspection Frequency</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getOnSiteTerms <em>On Site Terms</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getTrainingDaysOwed <em>Training Days Owed</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.opsbench.model.ServiceContract#getCoveredSites <em>Covered Sites</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getServiceContract()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='acceptanceNotBeforeSigning'"
 * @generated
 */
public interface ServiceContract extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contract number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Coverage</b></em>' attribute.
	 * The default value is <code>"5x8"</code>.
	 * The literals are from the enumeration {@link org.opsbench.model.Coverage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service hours covered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coverage</em>' attribute.
	 * @see org.opsbench.model.Coverage
	 * @see #setCoverage(Coverage)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_Coverage()
	 * @model default="5x8"
	 * @generated
	 */
	Coverage getCoverage();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getCoverage <em>Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coverage</em>' attribute.
	 * @see org.opsbench.model.Coverage
	 * @see #getCoverage()
	 * @generated
	 */
	void setCoverage(Coverage value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the contract was signed; final acceptance cannot be earlier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_SignedOn()
	 * @model dataType="org.opsbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Final Acceptance Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Final acceptance date (终验合格之日); warranty periods start here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Acceptance Date</em>' attribute.
	 * @see #setFinalAcceptanceDate(LocalDate)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_FinalAcceptanceDate()
	 * @model dataType="org.opsbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getFinalAcceptanceDate();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getFinalAcceptanceDate <em>Final Acceptance Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Acceptance Date</em>' attribute.
	 * @see #getFinalAcceptanceDate()
	 * @generated
	 */
	void setFinalAcceptanceDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Hardware Warranty Months</b></em>' attribute.
	 * The default value is <code>"36"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hardware warranty in months from final acceptance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Warranty Months</em>' attribute.
	 * @see #setHardwareWarrantyMonths(int)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_HardwareWarrantyMonths()
	 * @model default="36"
	 * @generated
	 */
	int getHardwareWarrantyMonths();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getHardwareWarrantyMonths <em>Hardware Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Warranty Months</em>' attribute.
	 * @see #getHardwareWarrantyMonths()
	 * @generated
	 */
	void setHardwareWarrantyMonths(int value);

	/**
	 * Returns the value of the '<em><b>Software Upgrade Months</b></em>' attribute.
	 * The default value is <code>"36"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software upgrade period in months from final acceptance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Software Upgrade Months</em>' attribute.
	 * @see #setSoftwareUpgradeMonths(int)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_SoftwareUpgradeMonths()
	 * @model default="36"
	 * @generated
	 */
	int getSoftwareUpgradeMonths();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getSoftwareUpgradeMonths <em>Software Upgrade Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Upgrade Months</em>' attribute.
	 * @see #getSoftwareUpgradeMonths()
	 * @generated
	 */
	void setSoftwareUpgradeMonths(int value);

	/**
	 * Returns the value of the '<em><b>Inspection Frequency</b></em>' attribute.
	 * The default value is <code>"quarterly"</code>.
	 * The literals are from the enumeration {@link org.opsbench.model.InspectionFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often periodic inspections are owed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspection Frequency</em>' attribute.
	 * @see org.opsbench.model.InspectionFrequency
	 * @see #setInspectionFrequency(InspectionFrequency)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_InspectionFrequency()
	 * @model default="quarterly"
	 * @generated
	 */
	InspectionFrequency getInspectionFrequency();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getInspectionFrequency <em>Inspection Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Frequency</em>' attribute.
	 * @see org.opsbench.model.InspectionFrequency
	 * @see #getInspectionFrequency()
	 * @generated
	 */
	void setInspectionFrequency(InspectionFrequency value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The default value is <code>"supply-and-acceptance"</code>.
	 * The literals are from the enumeration {@link org.opsbench.model.LifecyclePhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current project lifecycle phase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.opsbench.model.LifecyclePhase
	 * @see #setPhase(LifecyclePhase)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_Phase()
	 * @model default="supply-and-acceptance"
	 * @generated
	 */
	LifecyclePhase getPhase();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.opsbench.model.LifecyclePhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(LifecyclePhase value);

	/**
	 * Returns the value of the '<em><b>On Site Terms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-site service terms, e.g. on site within 4 hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Site Terms</em>' attribute.
	 * @see #setOnSiteTerms(String)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_OnSiteTerms()
	 * @model
	 * @generated
	 */
	String getOnSiteTerms();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getOnSiteTerms <em>On Site Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Site Terms</em>' attribute.
	 * @see #getOnSiteTerms()
	 * @generated
	 */
	void setOnSiteTerms(String value);

	/**
	 * Returns the value of the '<em><b>Training Days Owed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training days the contract includes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Days Owed</em>' attribute.
	 * @see #setTrainingDaysOwed(int)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_TrainingDaysOwed()
	 * @model
	 * @generated
	 */
	int getTrainingDaysOwed();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getTrainingDaysOwed <em>Training Days Owed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Days Owed</em>' attribute.
	 * @see #getTrainingDaysOwed()
	 * @generated
	 */
	void setTrainingDaysOwed(int value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business calendar the SLA clocks of this contract run on; the office default when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(BusinessCalendar)
	 * @see org.opsbench.model.OpsPackage#getServiceContract_Calendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.opsbench.model.ServiceContract#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(BusinessCalendar value);

	/**
	 * Returns the value of the '<em><b>Covered Sites</b></em>' reference list.
	 * The list contents are of type {@link org.opsbench.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites covered by this contract; all sites when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covered Sites</em>' reference list.
	 * @see org.opsbench.model.OpsPackage#getServiceContract_CoveredSites()
	 * @model
	 * @generated
	 */
	EList<Site> getCoveredSites();

} // ServiceContract
