/**
 */
package org.opsbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engineer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service engineer, technical expert or trainer. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.Engineer#getEmployeeNumber <em>Employee Number</em>}</li>
 *   <li>{@link org.opsbench.model.Engineer#getSkills <em>Skills</em>}</li>
 *   <li>{@link org.opsbench.model.Engineer#getRegion <em>Region</em>}</li>
 *   <li>{@link org.opsbench.model.Engineer#getOffice <em>Office</em>}</li>
 *   <li>{@link org.opsbench.model.Engineer#getCertifications <em>Certifications</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getEngineer()
 * @model
 * @generated
 */
public interface Engineer extends Person {
	/**
	 * Returns the value of the '<em><b>Employee Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique employee number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employee Number</em>' attribute.
	 * @see #setEmployeeNumber(String)
	 * @see org.opsbench.model.OpsPackage#getEngineer_EmployeeNumber()
	 * @model required="true"
	 * @generated
	 */
	String getEmployeeNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Engineer#getEmployeeNumber <em>Employee Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee Number</em>' attribute.
	 * @see #getEmployeeNumber()
	 * @generated
	 */
	void setEmployeeNumber(String value);

	/**
	 * Returns the value of the '<em><b>Skills</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skills, e.g. routing, firewall, storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skills</em>' attribute list.
	 * @see org.opsbench.model.OpsPackage#getEngineer_Skills()
	 * @model
	 * @generated
	 */
	EList<String> getSkills();

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Region the engineer belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.opsbench.model.OpsPackage#getEngineer_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Engineer#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Office the engineer works from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see org.opsbench.model.OpsPackage#getEngineer_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link org.opsbench.model.Engineer#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Certifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.model.Certification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certifications held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certifications</em>' containment reference list.
	 * @see org.opsbench.model.OpsPackage#getEngineer_Certifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Certification> getCertifications();

} // Engineer
