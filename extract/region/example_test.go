package region_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/region"
)

func ExampleResolver_Document() {
	r, err := region.NewResolver()
	if err != nil {
		panic(err)
	}
	doc := r.Document("临沂市总工会召开全委会", "临沂市总工会部署全年工作,兰山区总工会作交流发言。", "")
	fmt.Println(doc.Name, doc.Code)
	fact := r.Mention("兰山区总工会新建驿站", doc)
	fmt.Println(fact.Name, fact.Code)
	// Output:
	// 山东省临沂市 371300
	// 山东省临沂市兰山区 371302
}
