/**
 */
package org.opsbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Somebody who logs into OpsBench. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.model.User#getLogin <em>Login</em>}</li>
 *   <li>{@link org.opsbench.model.User#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.opsbench.model.User#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.opsbench.model.User#isLocked <em>Locked</em>}</li>
 *   <li>{@link org.opsbench.model.User#getFailedLogins <em>Failed Logins</em>}</li>
 *   <li>{@link org.opsbench.model.User#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.opsbench.model.User#getEngineer <em>Engineer</em>}</li>
 *   <li>{@link org.opsbench.model.User#getCustomer <em>Customer</em>}</li>
 * </ul>
 *
 * @see org.opsbench.model.OpsPackage#getUser()
 * @model
 * @generated
 */
public interface User extends EObject {
	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique login name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.opsbench.model.OpsPackage#getUser_Login()
	 * @model required="true"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown in the workbench.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.opsbench.model.OpsPackage#getUser_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Salted, slow password hash (PBKDF2); never the password itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.opsbench.model.OpsPackage#getUser_PasswordHash()
	 * @model
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A locked account cannot log in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locked</em>' attribute.
	 * @see #setLocked(boolean)
	 * @see org.opsbench.model.OpsPackage#getUser_Locked()
	 * @model
	 * @generated
	 */
	boolean isLocked();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#isLocked <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked</em>' attribute.
	 * @see #isLocked()
	 * @generated
	 */
	void setLocked(boolean value);

	/**
	 * Returns the value of the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consecutive failed login attempts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failed Logins</em>' attribute.
	 * @see #setFailedLogins(int)
	 * @see org.opsbench.model.OpsPackage#getUser_FailedLogins()
	 * @model
	 * @generated
	 */
	int getFailedLogins();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getFailedLogins <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Logins</em>' attribute.
	 * @see #getFailedLogins()
	 * @generated
	 */
	void setFailedLogins(int value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' reference list.
	 * The list contents are of type {@link org.opsbench.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles granted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' reference list.
	 * @see org.opsbench.model.OpsPackage#getUser_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Engineer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineer record of this user, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engineer</em>' reference.
	 * @see #setEngineer(Engineer)
	 * @see org.opsbench.model.OpsPackage#getUser_Engineer()
	 * @model
	 * @generated
	 */
	Engineer getEngineer();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getEngineer <em>Engineer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engineer</em>' reference.
	 * @see #getEngineer()
	 * @generated
	 */
	void setEngineer(Engineer value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a customer's own staff: their organisation, whose cases alone they see. Empty for service staff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.opsbench.model.OpsPackage#getUser_Customer()
	 * @model
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.opsbench.model.User#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

} // User
