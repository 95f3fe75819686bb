/**
 */
package org.opsbench.notifications.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.model.base.PersistentObject;

import org.opsbench.notifications.model.DeliverySettings;
import org.opsbench.notifications.model.NotificationsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delivery Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmtpHost <em>Smtp Host</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmtpPort <em>Smtp Port</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#isSmtpStartTls <em>Smtp Start Tls</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmtpUser <em>Smtp User</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmtpPassword <em>Smtp Password</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmsGatewayUrl <em>Sms Gateway Url</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getSmsGatewayToken <em>Sms Gateway Token</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getFirstRetrySeconds <em>First Retry Seconds</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getMaxRetrySeconds <em>Max Retry Seconds</em>}</li>
 *   <li>{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliverySettingsImpl extends PersistentObject implements DeliverySettings {
	/**
	 * The default value of the '{@link #getSmtpHost() <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpHost()
	 * @generated
	 * @ordered
	 */
	protected static final String SMTP_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmtpHost() <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpHost()
	 * @generated
	 * @ordered
	 */
	protected String smtpHost = SMTP_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmtpPort() <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SMTP_PORT_EDEFAULT = 25;

	/**
	 * The cached value of the '{@link #getSmtpPort() <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPort()
	 * @generated
	 * @ordered
	 */
	protected int smtpPort = SMTP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSmtpStartTls() <em>Smtp Start Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmtpStartTls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SMTP_START_TLS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSmtpStartTls() <em>Smtp Start Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmtpStartTls()
	 * @generated
	 * @ordered
	 */
	protected boolean smtpStartTls = SMTP_START_TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmtpUser() <em>Smtp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpUser()
	 * @generated
	 * @ordered
	 */
	protected static final String SMTP_USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmtpUser() <em>Smtp User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpUser()
	 * @generated
	 * @ordered
	 */
	protected String smtpUser = SMTP_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmtpPassword() <em>Smtp Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPassword()
	 * @generated
	 * @ordered
	 */
	protected static final String SMTP_PASSWORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmtpPassword() <em>Smtp Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPassword()
	 * @generated
	 * @ordered
	 */
	protected String smtpPassword = SMTP_PASSWORD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected static final String SENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected String sender = SENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmsGatewayUrl() <em>Sms Gateway Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmsGatewayUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String SMS_GATEWAY_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmsGatewayUrl() <em>Sms Gateway Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmsGatewayUrl()
	 * @generated
	 * @ordered
	 */
	protected String smsGatewayUrl = SMS_GATEWAY_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmsGatewayToken() <em>Sms Gateway Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmsGatewayToken()
	 * @generated
	 * @ordered
	 */
	protected static final String SMS_GATEWAY_TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmsGatewayToken() <em>Sms Gateway Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmsGatewayToken()
	 * @generated
	 * @ordered
	 */
	protected String smsGatewayToken = SMS_GATEWAY_TOKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ATTEMPTS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected int maxAttempts = MAX_ATTEMPTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstRetrySeconds() <em>First Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstRetrySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_RETRY_SECONDS_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getFirstRetrySeconds() <em>First Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstRetrySeconds()
	 * @generated
	 * @ordered
	 */
	protected int firstRetrySeconds = FIRST_RETRY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRetrySeconds() <em>Max Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRetrySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_RETRY_SECONDS_EDEFAULT = 3600;

	/**
	 * The cached value of the '{@link #getMaxRetrySeconds() <em>Max Retry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRetrySeconds()
	 * @generated
	 * @ordered
	 */
	protected int maxRetrySeconds = MAX_RETRY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectTimeoutSeconds() <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECT_TIMEOUT_SECONDS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getConnectTimeoutSeconds() <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int connectTimeoutSeconds = CONNECT_TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliverySettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotificationsPackage.Literals.DELIVERY_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmtpHost() {
		return smtpHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpHost(String newSmtpHost) {
		String oldSmtpHost = smtpHost;
		smtpHost = newSmtpHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMTP_HOST, oldSmtpHost, smtpHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSmtpPort() {
		return smtpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpPort(int newSmtpPort) {
		int oldSmtpPort = smtpPort;
		smtpPort = newSmtpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMTP_PORT, oldSmtpPort, smtpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSmtpStartTls() {
		return smtpStartTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpStartTls(boolean newSmtpStartTls) {
		boolean oldSmtpStartTls = smtpStartTls;
		smtpStartTls = newSmtpStartTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMTP_START_TLS, oldSmtpStartTls, smtpStartTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmtpUser() {
		return smtpUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpUser(String newSmtpUser) {
		String oldSmtpUser = smtpUser;
		smtpUser = newSmtpUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMTP_USER, oldSmtpUser, smtpUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmtpPassword() {
		return smtpPassword;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpPassword(String newSmtpPassword) {
		String oldSmtpPassword = smtpPassword;
		smtpPassword = newSmtpPassword;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMTP_PASSWORD, oldSmtpPassword, smtpPassword));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSender() {
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(String newSender) {
		String oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmsGatewayUrl() {
		return smsGatewayUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmsGatewayUrl(String newSmsGatewayUrl) {
		String oldSmsGatewayUrl = smsGatewayUrl;
		smsGatewayUrl = newSmsGatewayUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_URL, oldSmsGatewayUrl, smsGatewayUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmsGatewayToken() {
		return smsGatewayToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmsGatewayToken(String newSmsGatewayToken) {
		String oldSmsGatewayToken = smsGatewayToken;
		smsGatewayToken = newSmsGatewayToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN, oldSmsGatewayToken, smsGatewayToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAttempts() {
		return maxAttempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAttempts(int newMaxAttempts) {
		int oldMaxAttempts = maxAttempts;
		maxAttempts = newMaxAttempts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__MAX_ATTEMPTS, oldMaxAttempts, maxAttempts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstRetrySeconds() {
		return firstRetrySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstRetrySeconds(int newFirstRetrySeconds) {
		int oldFirstRetrySeconds = firstRetrySeconds;
		firstRetrySeconds = newFirstRetrySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__FIRST_RETRY_SECONDS, oldFirstRetrySeconds, firstRetrySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRetrySeconds() {
		return maxRetrySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRetrySeconds(int newMaxRetrySeconds) {
		int oldMaxRetrySeconds = maxRetrySeconds;
		maxRetrySeconds = newMaxRetrySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__MAX_RETRY_SECONDS, oldMaxRetrySeconds, maxRetrySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnectTimeoutSeconds() {
		return connectTimeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectTimeoutSeconds(int newConnectTimeoutSeconds) {
		int oldConnectTimeoutSeconds = connectTimeoutSeconds;
		connectTimeoutSeconds = newConnectTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotificationsPackage.DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS, oldConnectTimeoutSeconds, connectTimeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_HOST:
				return getSmtpHost();
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PORT:
				return getSmtpPort();
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_START_TLS:
				return isSmtpStartTls();
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_USER:
				return getSmtpUser();
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PASSWORD:
				return getSmtpPassword();
			case NotificationsPackage.DELIVERY_SETTINGS__SENDER:
				return getSender();
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_URL:
				return getSmsGatewayUrl();
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN:
				return getSmsGatewayToken();
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_ATTEMPTS:
				return getMaxAttempts();
			case NotificationsPackage.DELIVERY_SETTINGS__FIRST_RETRY_SECONDS:
				return getFirstRetrySeconds();
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_RETRY_SECONDS:
				return getMaxRetrySeconds();
			case NotificationsPackage.DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS:
				return getConnectTimeoutSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_HOST:
				setSmtpHost((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PORT:
				setSmtpPort((Integer)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_START_TLS:
				setSmtpStartTls((Boolean)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_USER:
				setSmtpUser((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PASSWORD:
				setSmtpPassword((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SENDER:
				setSender((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_URL:
				setSmsGatewayUrl((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN:
				setSmsGatewayToken((String)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_ATTEMPTS:
				setMaxAttempts((Integer)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__FIRST_RETRY_SECONDS:
				setFirstRetrySeconds((Integer)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_RETRY_SECONDS:
				setMaxRetrySeconds((Integer)newValue);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS:
				setConnectTimeoutSeconds((Integer)newValue);
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
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_HOST:
				setSmtpHost(SMTP_HOST_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PORT:
				setSmtpPort(SMTP_PORT_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_START_TLS:
				setSmtpStartTls(SMTP_START_TLS_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_USER:
				setSmtpUser(SMTP_USER_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PASSWORD:
				setSmtpPassword(SMTP_PASSWORD_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SENDER:
				setSender(SENDER_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_URL:
				setSmsGatewayUrl(SMS_GATEWAY_URL_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN:
				setSmsGatewayToken(SMS_GATEWAY_TOKEN_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_ATTEMPTS:
				setMaxAttempts(MAX_ATTEMPTS_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__FIRST_RETRY_SECONDS:
				setFirstRetrySeconds(FIRST_RETRY_SECONDS_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_RETRY_SECONDS:
				setMaxRetrySeconds(MAX_RETRY_SECONDS_EDEFAULT);
				return;
			case NotificationsPackage.DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS:
				setConnectTimeoutSeconds(CONNECT_TIMEOUT_SECONDS_EDEFAULT);
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
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_HOST:
				return SMTP_HOST_EDEFAULT == null ? smtpHost != null : !SMTP_HOST_EDEFAULT.equals(smtpHost);
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PORT:
				return smtpPort != SMTP_PORT_EDEFAULT;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_START_TLS:
				return smtpStartTls != SMTP_START_TLS_EDEFAULT;
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_USER:
				return SMTP_USER_EDEFAULT == null ? smtpUser != null : !SMTP_USER_EDEFAULT.equals(smtpUser);
			case NotificationsPackage.DELIVERY_SETTINGS__SMTP_PASSWORD:
				return SMTP_PASSWORD_EDEFAULT == null ? smtpPassword != null : !SMTP_PASSWORD_EDEFAULT.equals(smtpPassword);
			case NotificationsPackage.DELIVERY_SETTINGS__SENDER:
				return SENDER_EDEFAULT == null ? sender != null : !SENDER_EDEFAULT.equals(sender);
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_URL:
				return SMS_GATEWAY_URL_EDEFAULT == null ? smsGatewayUrl != null : !SMS_GATEWAY_URL_EDEFAULT.equals(smsGatewayUrl);
			case NotificationsPackage.DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN:
				return SMS_GATEWAY_TOKEN_EDEFAULT == null ? smsGatewayToken != null : !SMS_GATEWAY_TOKEN_EDEFAULT.equals(smsGatewayToken);
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_ATTEMPTS:
				return maxAttempts != MAX_ATTEMPTS_EDEFAULT;
			case NotificationsPackage.DELIVERY_SETTINGS__FIRST_RETRY_SECONDS:
				return firstRetrySeconds != FIRST_RETRY_SECONDS_EDEFAULT;
			case NotificationsPackage.DELIVERY_SETTINGS__MAX_RETRY_SECONDS:
				return maxRetrySeconds != MAX_RETRY_SECONDS_EDEFAULT;
			case NotificationsPackage.DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS:
				return connectTimeoutSeconds != CONNECT_TIMEOUT_SECONDS_EDEFAULT;
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
		result.append(" (smtpHost: ");
		result.append(smtpHost);
		result.append(", smtpPort: ");
		result.append(smtpPort);
		result.append(", smtpStartTls: ");
		result.append(smtpStartTls);
		result.append(", smtpUser: ");
		result.append(smtpUser);
		result.append(", smtpPassword: ");
		result.append(smtpPassword);
		result.append(", sender: ");
		result.append(sender);
		result.append(", smsGatewayUrl: ");
		result.append(smsGatewayUrl);
		result.append(", smsGatewayToken: ");
		result.append(smsGatewayToken);
		result.append(", maxAttempts: ");
		result.append(maxAttempts);
		result.append(", firstRetrySeconds: ");
		result.append(firstRetrySeconds);
		result.append(", maxRetrySeconds: ");
		result.append(maxRetrySeconds);
		result.append(", connectTimeoutSeconds: ");
		result.append(connectTimeoutSeconds);
		result.append(')');
		return result.toString();
	}

} //DeliverySettingsImpl
