package pipeline_test

import (
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/residency-labs/signup-classifier/embedded/kafkatest"
)

// faultProduce makes every produce to topic fail with NOT_ENOUGH_REPLICAS
// until the returned function is called.
func faultProduce(env *kafkatest.Env, topic string) func() {
	h := env.Broker.Cluster().Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Produce}, Topic: topic, Err: kerr.NotEnoughReplicas, Count: -1})
	return h.Remove
}
