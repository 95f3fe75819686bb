/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One severity with its targets in working minutes of the case calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getCode <em>Code</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getResponseMinutes <em>Response Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getResolveMinutes <em>Resolve Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityLevel#getEngineers <em>Engineers</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel()
 * @model
 * @generated
 */
public interface SeverityLevel extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code, e.g. P1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. System down.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When to choose this level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_Description()
	 * @model annotation="http://opsbench.org/persistence length='1000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engineer contacts the customer within this many working minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response Minutes</em>' attribute.
	 * @see #setResponseMinutes(int)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_ResponseMinutes()
	 * @model
	 * @generated
	 */
	int getResponseMinutes();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getResponseMinutes <em>Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Minutes</em>' attribute.
	 * @see #getResponseMinutes()
	 * @generated
	 */
	void setResponseMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Resolve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagnosis and fix target in working minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #setResolveMinutes(int)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_ResolveMinutes()
	 * @model
	 * @generated
	 */
	int getResolveMinutes();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getResolveMinutes <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #getResolveMinutes()
	 * @generated
	 */
	void setResolveMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Engineers</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineers assigned at this level (C-1: 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engineers</em>' attribute.
	 * @see #setEngineers(int)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityLevel_Engineers()
	 * @model default="1"
	 * @generated
	 */
	int getEngineers();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityLevel#getEngineers <em>Engineers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engineers</em>' attribute.
	 * @see #getEngineers()
	 * @generated
	 */
	void setEngineers(int value);

} // SeverityLevel
