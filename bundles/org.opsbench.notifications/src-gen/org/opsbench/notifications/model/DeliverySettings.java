/**
 */
package org.opsbench.notifications.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delivery Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How messages leave: SMTP server, SMS gateway, retry policy. One per database.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmtpHost <em>Smtp Host</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPort <em>Smtp Port</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#isSmtpStartTls <em>Smtp Start Tls</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmtpUser <em>Smtp User</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPassword <em>Smtp Password</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSender <em>Sender</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayUrl <em>Sms Gateway Url</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayToken <em>Sms Gateway Token</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getFirstRetrySeconds <em>First Retry Seconds</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getMaxRetrySeconds <em>Max Retry Seconds</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.DeliverySettings#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings()
 * @model
 * @generated
 */
public interface DeliverySettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Smtp Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMTP server host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Host</em>' attribute.
	 * @see #setSmtpHost(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmtpHost()
	 * @model
	 * @generated
	 */
	String getSmtpHost();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpHost <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Host</em>' attribute.
	 * @see #getSmtpHost()
	 * @generated
	 */
	void setSmtpHost(String value);

	/**
	 * Returns the value of the '<em><b>Smtp Port</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMTP port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Port</em>' attribute.
	 * @see #setSmtpPort(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmtpPort()
	 * @model default="25"
	 * @generated
	 */
	int getSmtpPort();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPort <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Port</em>' attribute.
	 * @see #getSmtpPort()
	 * @generated
	 */
	void setSmtpPort(int value);

	/**
	 * Returns the value of the '<em><b>Smtp Start Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Require STARTTLS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Start Tls</em>' attribute.
	 * @see #setSmtpStartTls(boolean)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmtpStartTls()
	 * @model
	 * @generated
	 */
	boolean isSmtpStartTls();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#isSmtpStartTls <em>Smtp Start Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Start Tls</em>' attribute.
	 * @see #isSmtpStartTls()
	 * @generated
	 */
	void setSmtpStartTls(boolean value);

	/**
	 * Returns the value of the '<em><b>Smtp User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMTP user, empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp User</em>' attribute.
	 * @see #setSmtpUser(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmtpUser()
	 * @model
	 * @generated
	 */
	String getSmtpUser();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpUser <em>Smtp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp User</em>' attribute.
	 * @see #getSmtpUser()
	 * @generated
	 */
	void setSmtpUser(String value);

	/**
	 * Returns the value of the '<em><b>Smtp Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMTP password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Password</em>' attribute.
	 * @see #setSmtpPassword(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmtpPassword()
	 * @model
	 * @generated
	 */
	String getSmtpPassword();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPassword <em>Smtp Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Password</em>' attribute.
	 * @see #getSmtpPassword()
	 * @generated
	 */
	void setSmtpPassword(String value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' attribute.
	 * @see #setSender(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_Sender()
	 * @model
	 * @generated
	 */
	String getSender();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSender <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' attribute.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(String value);

	/**
	 * Returns the value of the '<em><b>Sms Gateway Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HTTP SMS gateway URL (POST).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sms Gateway Url</em>' attribute.
	 * @see #setSmsGatewayUrl(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmsGatewayUrl()
	 * @model annotation="http://opsbench.org/persistence length='500'"
	 * @generated
	 */
	String getSmsGatewayUrl();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayUrl <em>Sms Gateway Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sms Gateway Url</em>' attribute.
	 * @see #getSmsGatewayUrl()
	 * @generated
	 */
	void setSmsGatewayUrl(String value);

	/**
	 * Returns the value of the '<em><b>Sms Gateway Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bearer token for the SMS gateway.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sms Gateway Token</em>' attribute.
	 * @see #setSmsGatewayToken(String)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_SmsGatewayToken()
	 * @model annotation="http://opsbench.org/persistence length='500'"
	 * @generated
	 */
	String getSmsGatewayToken();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayToken <em>Sms Gateway Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sms Gateway Token</em>' attribute.
	 * @see #getSmsGatewayToken()
	 * @generated
	 */
	void setSmsGatewayToken(String value);

	/**
	 * Returns the value of the '<em><b>Max Attempts</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attempts before a message is marked failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Attempts</em>' attribute.
	 * @see #setMaxAttempts(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_MaxAttempts()
	 * @model default="10"
	 * @generated
	 */
	int getMaxAttempts();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getMaxAttempts <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Attempts</em>' attribute.
	 * @see #getMaxAttempts()
	 * @generated
	 */
	void setMaxAttempts(int value);

	/**
	 * Returns the value of the '<em><b>First Retry Seconds</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wait before the first retry; doubled after each failure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Retry Seconds</em>' attribute.
	 * @see #setFirstRetrySeconds(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_FirstRetrySeconds()
	 * @model default="60"
	 * @generated
	 */
	int getFirstRetrySeconds();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getFirstRetrySeconds <em>First Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Retry Seconds</em>' attribute.
	 * @see #getFirstRetrySeconds()
	 * @generated
	 */
	void setFirstRetrySeconds(int value);

	/**
	 * Returns the value of the '<em><b>Max Retry Seconds</b></em>' attribute.
	 * The default value is <code>"3600"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest wait between attempts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Retry Seconds</em>' attribute.
	 * @see #setMaxRetrySeconds(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_MaxRetrySeconds()
	 * @model default="3600"
	 * @generated
	 */
	int getMaxRetrySeconds();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getMaxRetrySeconds <em>Max Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Retry Seconds</em>' attribute.
	 * @see #getMaxRetrySeconds()
	 * @generated
	 */
	void setMaxRetrySeconds(int value);

	/**
	 * Returns the value of the '<em><b>Connect Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connect and read timeout towards a server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connect Timeout Seconds</em>' attribute.
	 * @see #setConnectTimeoutSeconds(int)
	 * @see org.opsbench.notifications.model.NotificationsPackage#getDeliverySettings_ConnectTimeoutSeconds()
	 * @model default="20"
	 * @generated
	 */
	int getConnectTimeoutSeconds();

	/**
	 * Sets the value of the '{@link org.opsbench.notifications.model.DeliverySettings#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connect Timeout Seconds</em>' attribute.
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 */
	void setConnectTimeoutSeconds(int value);

} // DeliverySettings
