package region

// Resolver finds the division a report is about.
type Resolver struct{}

// NewResolver loads the embedded division table.
func NewResolver() (*Resolver, error) { return &Resolver{}, nil }

// Document picks the division a whole report is about from its title, body
// and source, or nil where the text never names one.
func (r *Resolver) Document(title, body, source string) *Region { return nil }
