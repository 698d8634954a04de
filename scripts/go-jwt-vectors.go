// Mints the Go reference tokens in src/nats/jwt/go-2.3.0-vectors.txt with the official
// nats-io/jwt v2 library (Debian bookworm: golang-go, golang-github-nats-io-jwt-dev,
// golang-github-nats-io-nkeys-dev). Keys come from fixed raw seeds, so only iat/exp/nbf
// (and hence jti and signatures) change between runs:
//
//   mkdir -p /tmp/gv/src/vec && cp scripts/go-jwt-vectors.go /tmp/gv/src/vec/main.go
//   cd /tmp/gv && GO111MODULE=off GOPATH=/tmp/gv:/usr/share/gocode go run ./src/vec

package main

import (
	"fmt"
	"time"

	jwt "github.com/nats-io/jwt/v2"
	"github.com/nats-io/nkeys"
)

func kp(prefix nkeys.PrefixByte, b byte) nkeys.KeyPair {
	var raw [32]byte
	for i := range raw {
		raw[i] = b
	}
	k, err := nkeys.FromRawSeed(prefix, raw[:])
	if err != nil {
		panic(err)
	}
	return k
}

func pub(k nkeys.KeyPair) string { p, _ := k.PublicKey(); return p }

func main() {
	op := kp(nkeys.PrefixByteOperator, 1)
	exp := kp(nkeys.PrefixByteAccount, 2)
	expSK := kp(nkeys.PrefixByteAccount, 3)
	imp := kp(nkeys.PrefixByteAccount, 4)
	role := kp(nkeys.PrefixByteAccount, 5)
	usr := kp(nkeys.PrefixByteUser, 6)

	// activation by the exporter identity key, with expiry
	ac := jwt.NewActivationClaims(pub(imp))
	ac.ImportSubject = "help.>"
	ac.ImportType = jwt.Service
	ac.Expires = time.Now().Add(time.Hour).Unix()
	t1, err := ac.Encode(exp)
	if err != nil { panic(err) }
	fmt.Println("ACTIVATION", t1)
	// activation by a signing key
	ac2 := jwt.NewActivationClaims(pub(imp))
	ac2.ImportSubject = "events.>"
	ac2.ImportType = jwt.Stream
	ac2.IssuerAccount = pub(exp)
	t2, err := ac2.Encode(expSK)
	if err != nil { panic(err) }
	fmt.Println("ACTIVATION_SK", t2)

	// account: scoped key, private export, import with token, tiered limits, weighted mappings
	a := jwt.NewAccountClaims(pub(exp))
	a.Name = "exp"
	a.Limits.JetStreamTieredLimits = jwt.JetStreamTieredLimits{
		"R1": jwt.JetStreamLimits{MemoryStorage: 1048576, DiskStorage: -1, Streams: 10},
		"R3": jwt.JetStreamLimits{DiskStorage: 1073741824, Consumer: 5, MaxAckPending: 100},
	}
	scope := jwt.NewUserScope()
	scope.Key = pub(role)
	scope.Role = "orders"
	scope.Template.Pub.Allow.Add("a.>")
	scope.Template.Sub.Allow.Add("_INBOX.>")
	scope.Template.Times = []jwt.TimeRange{{Start: "08:00:00", End: "17:00:00"}}
	scope.Template.Locale = "Europe/Berlin"
	a.SigningKeys.AddScopedSigner(scope)
	a.SigningKeys.Add(pub(expSK))
	a.Exports.Add(&jwt.Export{Name: "help", Subject: "help.>", Type: jwt.Service, TokenReq: true, ResponseType: jwt.ResponseTypeSingleton})
	a.Exports.Add(&jwt.Export{Name: "events", Subject: "events.>", Type: jwt.Stream})
	a.Imports.Add(&jwt.Import{Name: "other", Subject: "other.>", Account: pub(imp), Token: t2, LocalSubject: "mine.>", Type: jwt.Stream})
	a.Mappings = jwt.Mapping{}
	a.Mappings["orders.*"] = []jwt.WeightedMapping{jwt.WeightedMapping{Subject: "orders.v2.{{wildcard(1)}}", Weight: 50}, jwt.WeightedMapping{Subject: "orders.v1.{{wildcard(1)}}", Weight: 50}}
	a.Mappings["q"] = []jwt.WeightedMapping{jwt.WeightedMapping{Subject: "q.east", Cluster: "east"}, jwt.WeightedMapping{Subject: "q.west", Weight: 40, Cluster: "west"}}
	t3, err := a.Encode(op)
	if err != nil { panic(err) }
	fmt.Println("ACCOUNT_FEATURES", t3)

	// user with time windows, locale, nbf (signed by the plain signing key)
	u := jwt.NewUserClaims(pub(usr))
	u.Name = "shift"
	u.IssuerAccount = pub(exp)
	u.NotBefore = time.Now().Add(24 * time.Hour).Unix()
	u.Times = []jwt.TimeRange{{Start: "08:00:00", End: "12:00:00"}, {Start: "13:00:00", End: "17:00:00"}}
	u.Locale = "America/New_York"
	t4, err := u.Encode(expSK)
	if err != nil { panic(err) }
	fmt.Println("USER_TIMES", t4)
}
