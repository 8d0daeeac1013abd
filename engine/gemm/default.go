package gemm

// OrDefault is the one backend rule of gogan's options structs: a nil
// Backend means Default(). Functions that take a Backend argument rather than
// an options field need a non-nil one.
func OrDefault(be Backend) (Backend, error) {
	if be != nil {
		return be, nil
	}
	return Default()
}
