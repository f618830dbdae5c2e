package region

// Region is one administrative division.
type Region struct {
	// Name is the full name from the province down: 安徽省铜陵市义安区.
	Name string `json:"name"`
	// Code is the 6-digit GB/T 2260 code: 340706.
	Code string `json:"code"`
}
