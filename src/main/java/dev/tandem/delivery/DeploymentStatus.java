package dev.tandem.delivery;

/** How a deployment ended. */
public enum DeploymentStatus {

	SUCCESS, FAILED, ROLLED_BACK;

	boolean failed() {
		return this != SUCCESS;
	}

}
