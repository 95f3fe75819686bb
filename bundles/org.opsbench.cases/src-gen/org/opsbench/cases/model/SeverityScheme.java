/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of severity levels, e.g. P1-P4 or C-1..C-3. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.SeverityScheme#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SeverityScheme#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getSeverityScheme()
 * @model annotation="http://opsbench.org/persistence unique='name'"
 * @generated
 */
public interface SeverityScheme extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique scheme name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityScheme_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SeverityScheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.cases.model.SeverityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Levels, most severe first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.opsbench.cases.model.CasesPackage#getSeverityScheme_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeverityLevel> getLevels();

} // SeverityScheme
