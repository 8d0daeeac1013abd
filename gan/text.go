package gan

import "gogan/internal/enum"

var (
	gLossNames = []string{NonSaturating: "nonsaturating", Minimax: "minimax"}
	orderNames = []string{GFirst: "g-first", DFirst: "d-first"}
	objNames   = []string{CrossEntropy: "bce", LeastSquares: "least-squares", Logistic: "logistic", Hinge: "hinge"}
)

func (o Objective) String() string { return enum.Name(objNames, int(o)) }

// MarshalText names the objective as config.json and the command line do.
func (o Objective) MarshalText() ([]byte, error) { return enum.Text(objNames, int(o)) }

// UnmarshalText parses bce, least-squares, logistic or hinge.
func (o *Objective) UnmarshalText(b []byte) error { return enum.Parse(objNames, (*int)(o), b) }

func (l GLoss) String() string { return enum.Name(gLossNames, int(l)) }

// MarshalText names the loss as config.json and the command line do.
func (l GLoss) MarshalText() ([]byte, error) { return enum.Text(gLossNames, int(l)) }

// UnmarshalText parses nonsaturating or minimax.
func (l *GLoss) UnmarshalText(b []byte) error { return enum.Parse(gLossNames, (*int)(l), b) }

func (o Order) String() string { return enum.Name(orderNames, int(o)) }

// MarshalText names the order as config.json and the command line do.
func (o Order) MarshalText() ([]byte, error) { return enum.Text(orderNames, int(o)) }

// UnmarshalText parses g-first or d-first.
func (o *Order) UnmarshalText(b []byte) error { return enum.Parse(orderNames, (*int)(o), b) }
