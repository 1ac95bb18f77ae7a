// Run once by `docker compose run --rm mongo-init`: a three-member replica set (a majority survives
// one lost member), then the administrator and one user per service with readWrite on its own
// database only. Passwords come from the environment (.env), never from this file.
rs.initiate({_id: "rs0", members: [
  {_id: 0, host: "mongo1:27017"}, {_id: 1, host: "mongo2:27017"}, {_id: 2, host: "mongo3:27017"}]});
while (!db.hello().isWritablePrimary) { sleep(500); }
const admin = db.getSiblingDB("admin");
admin.createUser({user: "admin", pwd: process.env.MONGO_ADMIN_PASSWORD, roles: ["root"]});
admin.auth("admin", process.env.MONGO_ADMIN_PASSWORD);
for (const [user, database, passwordVariable] of [
  ["personnel-service", "personnel", "MONGO_PASSWORD_PERSONNEL"],
  ["poc-site-service", "pocsites", "MONGO_PASSWORD_POC_SITE"],
  ["humanrights-service", "humanrights", "MONGO_PASSWORD_HUMANRIGHTS"],
  ["gender-service", "gender", "MONGO_PASSWORD_GENDER"],
  ["peace-process-service", "peaceprocess", "MONGO_PASSWORD_PEACE_PROCESS"]]) {
  admin.createUser({user, pwd: process.env[passwordVariable], roles: [{role: "readWrite", db: database}]});
}
